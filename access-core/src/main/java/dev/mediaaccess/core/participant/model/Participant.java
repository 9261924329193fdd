package dev.mediaaccess.core.participant.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.media.model.MediaId;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone other than the owner who has (or asked for) access to a media item: a guest who joined through a link, or
 * a member who accepted an invitation. A guest is one per (link, email); a member is one per (media, email).
 *
 * @param link the guest link a guest came through (guests only)
 * @param invitation the invitation a member accepted most recently (members only)
 * @param user the host account that accepted, when a signed-in user accepted (members only)
 */
public record Participant(
        ParticipantId id,
        TenantId tenant,
        MediaId media,
        ParticipantKind kind,
        DisplayName name,
        EmailAddress email,
        Role role,
        ParticipantStatus status,
        Optional<GuestLinkId> link,
        Optional<InvitationId> invitation,
        Optional<UserId> user,
        Instant joinedAt) {

    public Participant {
        requireNonNull(id, "id");
        requireNonNull(tenant, "tenant");
        requireNonNull(media, "media");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(email, "email");
        requireNonNull(role, "role");
        requireNonNull(status, "status");
        requireNonNull(link, "link");
        requireNonNull(invitation, "invitation");
        requireNonNull(user, "user");
        requireNonNull(joinedAt, "joinedAt");
        if (kind == ParticipantKind.GUEST && (role != Role.GUEST || link.isEmpty() || invitation.isPresent() || user.isPresent())) {
            throw new IllegalArgumentException("a guest has the GUEST role, a link, and no invitation or account");
        }
        if (kind == ParticipantKind.MEMBER && (role == Role.GUEST || role == Role.OWNER || link.isPresent() || invitation.isEmpty())) {
            throw new IllegalArgumentException("a member has an invited role, an invitation and no guest link");
        }
    }

    public static Participant guest(
            ParticipantId id, TenantId tenant, MediaId media, GuestLinkId link, DisplayName name, EmailAddress email,
            boolean waitsInLobby, Instant at) {
        return new Participant(id, tenant, media, ParticipantKind.GUEST, name, email, Role.GUEST,
                waitsInLobby ? ParticipantStatus.WAITING : ParticipantStatus.ADMITTED,
                Optional.of(link), Optional.empty(), Optional.empty(), at);
    }

    public static Participant member(
            ParticipantId id, TenantId tenant, MediaId media, InvitationId invitation, DisplayName name, EmailAddress email,
            Role role, Optional<UserId> user, Instant at) {
        return new Participant(id, tenant, media, ParticipantKind.MEMBER, name, email, role, ParticipantStatus.ADMITTED,
                Optional.empty(), Optional.of(invitation), user, at);
    }

    public Participant withStatus(ParticipantStatus newStatus) {
        return new Participant(id, tenant, media, kind, name, email, role, newStatus, link, invitation, user, joinedAt);
    }

    public Participant withRole(Role newRole) {
        return new Participant(id, tenant, media, kind, name, email, newRole, status, link, invitation, user, joinedAt);
    }

    /** A member re-admitted through a new invitation. */
    public Participant rejoined(InvitationId newInvitation, Role newRole, Optional<UserId> newUser, Instant at) {
        return new Participant(id, tenant, media, kind, name, email, newRole, ParticipantStatus.ADMITTED, link,
                Optional.of(newInvitation), newUser.or(() -> user), at);
    }

    /** Why this guest cannot come back through their link: they were removed, or turned away from the lobby. */
    public Optional<AccessRefused> rejoinRefusal() {
        return switch (status) {
            case REMOVED -> Optional.of(new AccessRefused(ErrorCode.PARTICIPANT_REMOVED,
                    "You were removed from this media and cannot rejoin through this link."));
            case DENIED -> Optional.of(new AccessRefused(ErrorCode.GUEST_DENIED, "A moderator declined your request to join."));
            case ADMITTED, WAITING -> Optional.empty();
        };
    }

    public boolean isAdmitted() {
        return status == ParticipantStatus.ADMITTED;
    }
}
