package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.MediaId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Events keyed by a sequence number, so the indexes list them in recording order. */
final class InMemoryAuditLog implements AuditLog {
    private final Store store;
    private final Table<Long, AuditEvent> events;
    private final Table.Index<Long, AuditEvent> byMedia;
    private final Table.Index<Long, AuditEvent> byLink;
    private long recorded;

    InMemoryAuditLog(Store store) {
        this.store = store;
        this.events = new Table<>(store, "audit events");
        this.byMedia = events.index("media", event -> Optional.of(Scoped.of(event.tenant(), event.media())));
        this.byLink = events.index("guest link", event -> event.link().map(link -> Scoped.of(event.tenant(), link)));
    }

    @Override
    public void record(AuditEvent event) {
        store.change(() -> events.insert(++recorded, event));
    }

    @Override
    public void recordAll(Collection<AuditEvent> batch) {
        store.change(() -> batch.forEach(this::record));
    }

    @Override
    public List<AuditEvent> forMedia(TenantId tenant, MediaId media) {
        return store.read(() -> events.findAll(byMedia, Scoped.of(tenant, media)));
    }

    @Override
    public List<AuditEvent> forLink(TenantId tenant, GuestLinkId link) {
        return store.read(() -> events.findAll(byLink, Scoped.of(tenant, link)));
    }
}
