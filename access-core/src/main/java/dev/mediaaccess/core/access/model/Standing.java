package dev.mediaaccess.core.access.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.ParticipantId;
import java.util.Optional;
import java.util.Set;

/**
 * Where a principal stands on one media item: their role there, what it lets them do, and which roles they may give
 * others (empty unless they manage access), all as the {@link AccessPolicy} in force says.
 *
 * @param grantableRoles the roles they may invite people with or change an invitation to, in role order
 * @param actor how the audit trail names them
 * @param participant for pass holders, the participant the pass belongs to
 */
public record Standing(
        Media media, Role role, Set<Capability> capabilities, Set<Role> grantableRoles, AuditActor actor,
        Optional<ParticipantId> participant) {
    public Standing {
        requireNonNull(media, "media");
        requireNonNull(role, "role");
        capabilities = ImmutableSet.copyOf(capabilities);
        grantableRoles = ImmutableSet.copyOf(grantableRoles);
        requireNonNull(actor, "actor");
        requireNonNull(participant, "participant");
    }

    /** Where {@code role} stands on {@code media} under {@code policy}. */
    public static Standing of(Media media, Role role, AccessPolicy policy, AuditActor actor, Optional<ParticipantId> participant) {
        Set<Capability> capabilities = policy.capabilities(media.kind(), role);
        Set<Role> grantable = capabilities.contains(Capability.MANAGE_ACCESS)
                ? policy.grantableRoles(media.kind(), role)
                : Set.of();
        return new Standing(media, role, capabilities, grantable, actor, participant);
    }

    public boolean may(Capability capability) {
        return capabilities.contains(capability);
    }
}
