package dev.mediaaccess.testkit.memory;

import static java.util.Comparator.comparing;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryMediaCatalog implements MediaCatalog {
    private static final Comparator<Media> OLDEST_FIRST = comparing(Media::createdAt).thenComparing(item -> item.id().value());

    private final Store store;
    private final Table<Scoped<MediaId>, Media> media;
    private final Table.Index<Scoped<MediaId>, Media> byOwner;

    InMemoryMediaCatalog(Store store) {
        this.store = store;
        this.media = new Table<>(store, "media");
        this.byOwner = media.index("owner", item -> Optional.of(Scoped.of(item.tenant(), item.owner())));
    }

    @Override
    public boolean add(Media item) {
        return store.write(() -> {
            Scoped<MediaId> key = Scoped.of(item.tenant(), item.id());
            if (media.get(key).isPresent()) {
                return false;
            }
            media.insert(key, item);
            return true;
        });
    }

    @Override
    public Optional<Media> find(TenantId tenant, MediaId id) {
        return store.read(() -> media.get(Scoped.of(tenant, id)));
    }

    @Override
    public List<Media> listOwnedBy(TenantId tenant, UserId owner) {
        return store.read(() -> media.findAll(byOwner, Scoped.of(tenant, owner)).stream().sorted(OLDEST_FIRST).toList());
    }

    @Override
    public void update(Media item) {
        store.change(() -> media.replace(Scoped.of(item.tenant(), item.id()), item));
    }
}
