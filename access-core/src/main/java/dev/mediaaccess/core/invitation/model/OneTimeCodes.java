package dev.mediaaccess.core.invitation.model;

import dev.mediaaccess.core.common.TenantId;
import java.util.Optional;

/**
 * Port: the one-time code of each invitation (at most one at a time). Guarantee every adapter keeps: attempts are
 * counted atomically, so concurrent guesses never get more than {@code maxAttempts} comparisons in total.
 */
public interface OneTimeCodes {
    /** Stores a new code for its invitation, replacing any earlier one (its attempts start again at zero). */
    void put(OneTimeCode code);

    Optional<OneTimeCode> find(TenantId tenant, InvitationId invitation);

    /** Atomically counts one attempt if fewer than {@code maxAttempts} were made; false, changing nothing, otherwise. */
    boolean tryAttempt(TenantId tenant, InvitationId invitation, int maxAttempts);

    void remove(TenantId tenant, InvitationId invitation);
}
