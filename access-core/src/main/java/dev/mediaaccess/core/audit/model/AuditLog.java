package dev.mediaaccess.core.audit.model;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.MediaId;
import java.util.Collection;
import java.util.List;

/**
 * Port: the audit sink. Events are append-only. Lists come back in recording order (oldest first; events recorded
 * at the same instant keep the order they were recorded in). Tenant isolation holds.
 */
public interface AuditLog {
    void record(AuditEvent event);

    /** Records many events in order; adapters should batch them (a bulk invitation records thousands). */
    default void recordAll(Collection<AuditEvent> events) {
        events.forEach(this::record);
    }

    List<AuditEvent> forMedia(TenantId tenant, MediaId media);

    List<AuditEvent> forLink(TenantId tenant, GuestLinkId link);
}
