package dev.mediaaccess.core.access.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to "may this principal do this on this media item?", with the reason, the role the principal holds
 * there (if any) and everything that role may do.
 */
public record AccessDecision(boolean allowed, DecisionReason reason, Optional<Role> role, Set<Capability> capabilities) {
    public AccessDecision {
        requireNonNull(reason, "reason");
        requireNonNull(role, "role");
        capabilities = ImmutableSet.copyOf(capabilities);
        if (allowed != (reason == DecisionReason.GRANTED)) {
            throw new IllegalArgumentException("allowed exactly when the reason is GRANTED");
        }
    }

    public static AccessDecision granted(Role role, Set<Capability> capabilities) {
        return new AccessDecision(true, DecisionReason.GRANTED, Optional.of(role), capabilities);
    }

    /** Refused although the principal holds a role: the role lacks the capability. */
    public static AccessDecision lacking(Role role, Set<Capability> capabilities) {
        return new AccessDecision(false, DecisionReason.CAPABILITY_NOT_IN_ROLE, Optional.of(role), capabilities);
    }

    public static AccessDecision refused(DecisionReason reason) {
        return new AccessDecision(false, reason, Optional.empty(), Set.of());
    }
}
