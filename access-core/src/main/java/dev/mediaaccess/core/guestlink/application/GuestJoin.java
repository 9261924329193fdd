package dev.mediaaccess.core.guestlink.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantStatus;
import dev.mediaaccess.core.pass.model.IssuedPass;

/**
 * The outcome of joining through a guest link: the guest, and a pass. If the guest waits in the lobby the pass is
 * WAITING and becomes valid when a moderator admits them.
 */
public record GuestJoin(Media media, Participant guest, IssuedPass pass) {
    public GuestJoin {
        requireNonNull(media, "media");
        requireNonNull(guest, "guest");
        requireNonNull(pass, "pass");
    }

    public boolean waitingInLobby() {
        return guest.status() == ParticipantStatus.WAITING;
    }
}
