package dev.mediaaccess.core.invitation.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import java.time.Instant;

/** An invitation as its inviter sees it, with its status now (EXPIRED derived from the clock). */
public record InvitationView(Invitation invitation, InvitationStatus status) {
    public InvitationView {
        requireNonNull(invitation, "invitation");
        requireNonNull(status, "status");
    }

    /** The invitation with its status at {@code now}. */
    public static InvitationView of(Invitation invitation, Instant now) {
        return new InvitationView(invitation, invitation.statusAt(now));
    }
}
