package dev.mediaaccess.core.participant.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.Participant;
import java.util.List;

/**
 * Everyone on a media item: its owner, the members with their roles, the admitted guests, the lobby, and those who
 * were removed or denied (kept so the roster tells the whole story).
 */
public record Roster(Media media, List<Participant> members, List<Participant> guests, List<Participant> lobby, List<Participant> departed) {
    public Roster {
        requireNonNull(media, "media");
        members = List.copyOf(members);
        guests = List.copyOf(guests);
        lobby = List.copyOf(lobby);
        departed = List.copyOf(departed);
    }
}
