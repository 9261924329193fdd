package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import java.util.Optional;

final class InMemoryMediaCatalog implements MediaCatalog {
    private final Store store;
    private final Table<Scoped<MediaId>, Media> media;

    InMemoryMediaCatalog(Store store) {
        this.store = store;
        this.media = new Table<>(store, "media");
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
    public void update(Media item) {
        store.change(() -> media.replace(Scoped.of(item.tenant(), item.id()), item));
    }
}
