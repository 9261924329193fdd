package dev.mediaaccess.core.access.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.ParticipantId;
import java.util.Optional;
import java.util.Set;

/**
 * Where a principal stands on one media item: their role there and what it lets them do.
 *
 * @param actor how the audit trail names them ({@code user:…} or {@code participant:…})
 * @param participant for pass holders, the participant the pass belongs to
 */
public record Standing(Media media, Role role, Set<Capability> capabilities, String actor, Optional<ParticipantId> participant) {
    public Standing {
        requireNonNull(media, "media");
        requireNonNull(role, "role");
        capabilities = ImmutableSet.copyOf(capabilities);
        requireNonNull(actor, "actor");
        requireNonNull(participant, "participant");
    }

    public boolean may(Capability capability) {
        return capabilities.contains(capability);
    }
}
