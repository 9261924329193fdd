package dev.mediaaccess.core.invitation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who to invite, each with their own role, and the terms they share: an optional message and an optional expiry
 * (default: the tenant's invitation lifetime; never beyond its ceiling).
 */
public record InvitationRequest(List<Invitee> invitees, Optional<String> message, Optional<Instant> expiresAt) {
    public static final int MAX_INVITEES = 10_000;

    public InvitationRequest {
        invitees = invitees == null ? List.of() : List.copyOf(invitees);
        message = message == null ? Optional.empty() : message;
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
    }

    public static InvitationRequest of(List<Invitee> invitees) {
        return new InvitationRequest(invitees, Optional.empty(), Optional.empty());
    }

    public InvitationRequest withMessage(String text) {
        return new InvitationRequest(invitees, Optional.ofNullable(text), expiresAt);
    }

    public InvitationRequest expiringAt(Instant at) {
        return new InvitationRequest(invitees, message, Optional.ofNullable(at));
    }
}
