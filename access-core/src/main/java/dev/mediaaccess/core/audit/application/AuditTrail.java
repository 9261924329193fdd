package dev.mediaaccess.core.audit.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import java.util.List;

/** Inbound port: the audit trail of a media item, or of one of its guest links, for those who manage access. */
public final class AuditTrail {
    private final UseCaseSupport support;
    private final AccessChecks access;
    private final AuditLog auditLog;
    private final GuestLinks links;

    /** Wired by {@link dev.mediaaccess.core.AccessCore}; hosts get this facade from there, never build it. */
    public AuditTrail(UseCaseSupport support, AccessChecks access, AuditLog auditLog, GuestLinks links) {
        this.support = requireNonNull(support, "support");
        this.access = requireNonNull(access, "access");
        this.auditLog = requireNonNull(auditLog, "auditLog");
        this.links = requireNonNull(links, "links");
    }

    /** Every event of the media item, in the order recorded. */
    public List<AuditEvent> forMedia(Principal actor, MediaId mediaId) {
        return support.read(() -> {
            Media media = access.require(actor, mediaId, Capability.MANAGE_ACCESS).media();
            return auditLog.forMedia(media.tenant(), media.id());
        });
    }

    /** The events of one guest link of the media item: its join log. */
    public List<AuditEvent> forLink(Principal actor, MediaId mediaId, GuestLinkId linkId) {
        return support.read(() -> {
            Media media = access.require(actor, mediaId, Capability.MANAGE_ACCESS).media();
            links.find(media.tenant(), linkId)
                    .filter(link -> link.media().equals(media.id()))
                    .orElseThrow(() -> new AccessRefused(ErrorCode.GUEST_LINK_NOT_FOUND, "This media has no such guest link."));
            return auditLog.forLink(media.tenant(), linkId);
        });
    }
}
