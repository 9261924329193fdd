package dev.mediaaccess.persistence.jdbi;

import java.util.List;
import org.jdbi.v3.core.statement.Query;

/** {@code column = ANY(array)}: every value in one bound array, so one query whatever the number of values. */
final class ValueArray implements AnyOf {
    @Override
    public String condition(String column, String name) {
        return column + " = ANY(:" + name + ")";
    }

    @Override
    public List<List<String>> groups(List<String> values) {
        return List.of(values);
    }

    @Override
    public Query bind(Query query, String name, List<String> group) {
        return query.bindArray(name, String.class, group);
    }
}
