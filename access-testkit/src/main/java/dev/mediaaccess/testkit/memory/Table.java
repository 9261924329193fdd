package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.storage.ConflictingWrite;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rows of one kind by primary key, with secondary indexes kept in step, every change undoable through the
 * {@link Store}. Callers read and write inside the store's lock; a change that would break a unique index or
 * duplicate a primary key throws before it changes anything.
 */
final class Table<K, V> {
    private final Store store;
    private final String name;
    private final Map<K, V> rows = new HashMap<>();
    private final List<Index<K, V>> indexes = new ArrayList<>();

    Table(Store store, String name) {
        this.store = store;
        this.name = name;
    }

    /** An index whose keys each name at most one row; a row whose key function gives empty is not in it. */
    Index<K, V> uniqueIndex(String indexName, Function<? super V, Optional<?>> keyOf) {
        return addIndex(new Index<>(name + "." + indexName, true, keyOf));
    }

    /** An index whose keys name any number of rows, in the order they entered it. */
    Index<K, V> index(String indexName, Function<? super V, Optional<?>> keyOf) {
        return addIndex(new Index<>(name + "." + indexName, false, keyOf));
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    /** Adds a row; throws, changing nothing, if the key or a unique index key is taken. */
    void insert(K key, V row) {
        if (rows.containsKey(key)) {
            throw new ConflictingWrite(name + " already holds " + key);
        }
        change(key, null, row);
    }

    /** Replaces a stored row; changes nothing if there is none under the key. */
    void replace(K key, V row) {
        V old = rows.get(key);
        if (old != null) {
            change(key, old, row);
        }
    }

    void delete(K key) {
        V old = rows.get(key);
        if (old != null) {
            change(key, old, null);
        }
    }

    Optional<V> findUnique(Index<K, V> index, Object indexKey) {
        return index.rowKeys(indexKey).stream().findFirst().map(rows::get);
    }

    List<V> findAll(Index<K, V> index, Object indexKey) {
        return index.rowKeys(indexKey).stream().map(rows::get).toList();
    }

    private Index<K, V> addIndex(Index<K, V> index) {
        indexes.add(index);
        return index;
    }

    private void change(K key, V old, V row) {
        if (row != null) {
            for (Index<K, V> index : indexes) {
                index.requireFree(key, row);
            }
        }
        apply(key, old, row);
        store.onRollback(() -> apply(key, row, old));
    }

    private void apply(K key, V from, V to) {
        for (Index<K, V> index : indexes) {
            index.move(key, from, to);
        }
        if (to == null) {
            rows.remove(key);
        } else {
            rows.put(key, to);
        }
    }

    /** A secondary index of a table. */
    static final class Index<K, V> {
        private final String name;
        private final boolean unique;
        private final Function<? super V, Optional<?>> keyOf;
        private final Map<Object, Set<K>> entries = new HashMap<>();

        private Index(String name, boolean unique, Function<? super V, Optional<?>> keyOf) {
            this.name = name;
            this.unique = unique;
            this.keyOf = keyOf;
        }

        private Collection<K> rowKeys(Object indexKey) {
            return entries.getOrDefault(indexKey, Set.of());
        }

        private void requireFree(K key, V row) {
            if (!unique) {
                return;
            }
            keyOf.apply(row).ifPresent(indexKey -> {
                Collection<K> holders = rowKeys(indexKey);
                if (!holders.isEmpty() && !holders.contains(key)) {
                    throw new ConflictingWrite(name + " already holds " + indexKey);
                }
            });
        }

        /** Moves a row's entry from its old index key to its new one; either row may be null (absent). */
        private void move(K key, V from, V to) {
            Optional<?> oldKey = from == null ? Optional.empty() : keyOf.apply(from);
            Optional<?> newKey = to == null ? Optional.empty() : keyOf.apply(to);
            oldKey.ifPresent(indexKey -> {
                Set<K> keys = entries.get(indexKey);
                keys.remove(key);
                if (keys.isEmpty()) {
                    entries.remove(indexKey);
                }
            });
            newKey.ifPresent(indexKey -> entries.computeIfAbsent(indexKey, k -> new LinkedHashSet<>()).add(key));
        }
    }
}
