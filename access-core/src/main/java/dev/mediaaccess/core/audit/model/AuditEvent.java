package dev.mediaaccess.core.audit.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import java.time.Instant;
import java.util.Optional;

/**
 * One recorded change or attempt on a media item's access.
 *
 * @param actor who did it
 * @param subject whom it concerned, for example the email that joined or was invited
 * @param reason for refusals, the error code (for example {@code guest-link-expired}); for others, empty
 */
public record AuditEvent(
        TenantId tenant,
        MediaId media,
        Instant at,
        AuditAction action,
        AuditActor actor,
        Optional<String> subject,
        Optional<GuestLinkId> link,
        Optional<InvitationId> invitation,
        Optional<ParticipantId> participant,
        Optional<String> reason) {

    public AuditEvent {
        requireNonNull(tenant, "tenant");
        requireNonNull(media, "media");
        requireNonNull(at, "at");
        requireNonNull(action, "action");
        requireNonNull(actor, "actor");
        requireNonNull(subject, "subject");
        requireNonNull(link, "link");
        requireNonNull(invitation, "invitation");
        requireNonNull(participant, "participant");
        requireNonNull(reason, "reason");
    }

    /** Starts an event; add what it concerns with the {@code with…} methods. */
    public static AuditEvent of(TenantId tenant, MediaId media, Instant at, AuditAction action, AuditActor actor) {
        return new AuditEvent(tenant, media, at, action, actor, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public AuditEvent withSubject(String newSubject) {
        return new AuditEvent(tenant, media, at, action, actor, Optional.of(newSubject), link, invitation, participant, reason);
    }

    public AuditEvent withLink(GuestLinkId newLink) {
        return new AuditEvent(tenant, media, at, action, actor, subject, Optional.of(newLink), invitation, participant, reason);
    }

    public AuditEvent withInvitation(InvitationId newInvitation) {
        return new AuditEvent(tenant, media, at, action, actor, subject, link, Optional.of(newInvitation), participant, reason);
    }

    public AuditEvent withParticipant(ParticipantId newParticipant) {
        return new AuditEvent(tenant, media, at, action, actor, subject, link, invitation, Optional.of(newParticipant), reason);
    }

    public AuditEvent withReason(String newReason) {
        return new AuditEvent(tenant, media, at, action, actor, subject, link, invitation, participant, Optional.of(newReason));
    }
}
