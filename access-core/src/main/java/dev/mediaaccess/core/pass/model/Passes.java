package dev.mediaaccess.core.pass.model;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.util.Optional;

/**
 * Port: passes. Guarantees every adapter keeps:
 * <ul>
 *   <li><b>Revocation is immediate</b>: once {@link #end} returns, {@link #findByTokenDigest} shows every pass in the
 *       scope ENDED, to every caller in every process.</li>
 *   <li>An ENDED pass never changes again: {@link #activate} and {@link #changeRole} leave it alone.</li>
 *   <li>{@link #findByTokenDigest} is the hot path of every access check: one indexed lookup.</li>
 *   <li>Tenant isolation: operations scoped to a tenant touch nothing of another tenant.</li>
 * </ul>
 */
public interface Passes {
    void add(Pass pass);

    Optional<Pass> findByTokenDigest(TokenDigest digest);

    /** Ends every ACTIVE or WAITING pass in the scope; returns how many it ended. */
    int end(TenantId tenant, PassScope scope);

    /** Turns the participant's WAITING passes ACTIVE; returns how many. */
    int activate(TenantId tenant, ParticipantId participant);

    /** Gives the participant's ACTIVE and WAITING passes a new role; returns how many. */
    int changeRole(TenantId tenant, ParticipantId participant, Role role);
}
