package dev.mediaaccess.core.invitation.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.pass.model.IssuedPass;
import java.util.Optional;

/**
 * An accepted invitation: the member it made, and, for an invitee who proved their email with a code rather than a
 * host account, a pass.
 */
public record Acceptance(Media media, Invitation invitation, Participant member, Optional<IssuedPass> pass) {
    public Acceptance {
        requireNonNull(media, "media");
        requireNonNull(invitation, "invitation");
        requireNonNull(member, "member");
        requireNonNull(pass, "pass");
    }
}
