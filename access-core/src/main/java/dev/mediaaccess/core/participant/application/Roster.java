package dev.mediaaccess.core.participant.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantKind;
import dev.mediaaccess.core.participant.model.ParticipantStatus;
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

    /** Sorts everyone on {@code media} into admitted members, admitted guests, the lobby, and the departed. */
    public static Roster of(Media media, List<Participant> everyone) {
        return new Roster(media,
                select(everyone, ParticipantKind.MEMBER, ParticipantStatus.ADMITTED),
                select(everyone, ParticipantKind.GUEST, ParticipantStatus.ADMITTED),
                everyone.stream().filter(p -> p.status() == ParticipantStatus.WAITING).toList(),
                everyone.stream().filter(p -> p.status() == ParticipantStatus.REMOVED || p.status() == ParticipantStatus.DENIED).toList());
    }

    private static List<Participant> select(List<Participant> everyone, ParticipantKind kind, ParticipantStatus status) {
        return everyone.stream().filter(p -> p.kind() == kind && p.status() == status).toList();
    }
}
