package dev.mediaaccess.core.invitation.model;

/** Where an invitation stands. EXPIRED is derived from the clock ({@link Invitation#statusAt}); it is never stored. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    REVOKED,
    EXPIRED
}
