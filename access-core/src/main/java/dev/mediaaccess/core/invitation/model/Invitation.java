package dev.mediaaccess.core.invitation.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * An invitation of one email address to one media item with one role. Only the person who proves they own the
 * email can accept it, at most once. Only the digest of its link token is stored; a resend replaces it.
 *
 * @param status as stored: PENDING, ACCEPTED or REVOKED (never EXPIRED; see {@link #statusAt})
 * @param invitedBy who invited, as shown to the invitee
 * @param member the participant the acceptance created or re-admitted
 */
public record Invitation(
        InvitationId id,
        TenantId tenant,
        MediaId media,
        EmailAddress email,
        Role role,
        Optional<String> message,
        DisplayName invitedBy,
        TokenDigest tokenDigest,
        InvitationStatus status,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> acceptedAt,
        Optional<ParticipantId> member) {
    public static final int MAX_MESSAGE_LENGTH = 2000;

    public Invitation {
        requireNonNull(id, "id");
        requireNonNull(tenant, "tenant");
        requireNonNull(media, "media");
        requireNonNull(email, "email");
        requireNonNull(role, "role");
        requireNonNull(message, "message");
        requireNonNull(invitedBy, "invitedBy");
        requireNonNull(tokenDigest, "tokenDigest");
        requireNonNull(status, "status");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(expiresAt, "expiresAt");
        requireNonNull(acceptedAt, "acceptedAt");
        requireNonNull(member, "member");
        if (status == InvitationStatus.EXPIRED) {
            throw new IllegalArgumentException("EXPIRED is derived, never stored");
        }
        if (role == Role.OWNER || role == Role.GUEST) {
            throw new IllegalArgumentException("an invitation cannot carry " + role);
        }
        if (acceptedAt.isPresent() != member.isPresent()) {
            throw new IllegalArgumentException("an accepted invitation names its member, and only then");
        }
    }

    public static Invitation create(
            InvitationId id, TenantId tenant, MediaId media, EmailAddress email, Role role, Optional<String> message,
            DisplayName invitedBy, TokenDigest digest, Instant at, Instant expiresAt) {
        return new Invitation(id, tenant, media, email, role, message, invitedBy, digest, InvitationStatus.PENDING, at,
                expiresAt, Optional.empty(), Optional.empty());
    }

    /** The status at {@code now}: a PENDING invitation is EXPIRED from its expiry instant on. */
    public InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    /**
     * Refuses an acceptance at {@code now} unless the invitation is pending: an accepted one answers
     * {@code invitation-already-accepted}, an expired one {@code invitation-expired}, and a revoked one looks unknown.
     */
    public Invitation requireAcceptableAt(Instant now) {
        switch (statusAt(now)) {
            case PENDING -> { }
            case ACCEPTED -> throw alreadyAccepted();
            case EXPIRED -> throw new AccessRefused(ErrorCode.INVITATION_EXPIRED, "This invitation has expired; ask for a new one.");
            case REVOKED -> throw notFound();
        }
        return this;
    }

    /** Refuses a change of role unless the invitation is pending or accepted at {@code now}. */
    public Invitation requireOpenAt(Instant now) {
        InvitationStatus current = statusAt(now);
        if (current != InvitationStatus.PENDING && current != InvitationStatus.ACCEPTED) {
            throw closed(current);
        }
        return this;
    }

    /** Refuses a resend unless the invitation was never accepted nor revoked (an expired one may be sent again). */
    public Invitation requireResendable() {
        if (status != InvitationStatus.PENDING) {
            throw closed(status);
        }
        return this;
    }

    /** What a second acceptance is told. */
    public static AccessRefused alreadyAccepted() {
        return new AccessRefused(ErrorCode.INVITATION_ALREADY_ACCEPTED, "This invitation has already been accepted.");
    }

    /** What anyone presenting an unknown, revoked or superseded invitation token is told: these look exactly alike. */
    public static AccessRefused notFound() {
        return new AccessRefused(ErrorCode.INVITATION_NOT_FOUND,
                "This invitation link is not valid. It may have been replaced or revoked.");
    }

    private static AccessRefused closed(InvitationStatus status) {
        return new AccessRefused(ErrorCode.INVITATION_CLOSED, "This invitation is " + status.name().toLowerCase(Locale.ROOT) + ".");
    }

    /** The same pending invitation sent again: new terms, a new link; the old link stops working. */
    public Invitation reissued(Role newRole, Optional<String> newMessage, DisplayName inviter, TokenDigest newDigest, Instant newExpiry) {
        return new Invitation(id, tenant, media, email, newRole, newMessage, inviter, newDigest, status, createdAt, newExpiry,
                acceptedAt, member);
    }

    public Invitation withRole(Role newRole) {
        return new Invitation(id, tenant, media, email, newRole, message, invitedBy, tokenDigest, status, createdAt, expiresAt,
                acceptedAt, member);
    }

    public Invitation revoked() {
        return new Invitation(id, tenant, media, email, role, message, invitedBy, tokenDigest, InvitationStatus.REVOKED,
                createdAt, expiresAt, acceptedAt, member);
    }

    public Invitation accepted(Instant at, ParticipantId by) {
        return new Invitation(id, tenant, media, email, role, message, invitedBy, tokenDigest, InvitationStatus.ACCEPTED,
                createdAt, expiresAt, Optional.of(at), Optional.of(by));
    }
}
