package dev.mediaaccess.core.guestlink.model;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.util.List;
import java.util.Optional;

/**
 * Port: the guest links. Guarantees every adapter keeps:
 * <ul>
 *   <li><b>Maximum joins is never exceeded</b>, under any number of concurrent {@link #tryConsumeJoin} calls, across
 *       every process sharing the store: a link with {@code maxJoins = n} ends with {@code joinCount <= n}, and exactly
 *       {@code min(n, attempts)} calls return true.</li>
 *   <li><b>Revocation is immediate</b>: once {@link #update} storing a revoked link returns, no
 *       {@link #tryConsumeJoin} on it succeeds and every lookup sees it revoked.</li>
 *   <li><b>Tenant isolation</b>: {@link #find} and {@link #listForMedia} never return another tenant's link.</li>
 *   <li>Only what {@link GuestLink} holds is stored: a seed and a digest, never a usable token.</li>
 * </ul>
 */
public interface GuestLinks {
    void add(GuestLink link);

    Optional<GuestLink> find(TenantId tenant, GuestLinkId id);

    /** The link whose current token has this digest; a rotated-away digest finds nothing. */
    Optional<GuestLink> findByTokenDigest(TokenDigest digest);

    /** Every link of the media item, revoked ones included, oldest first (ties broken by id). */
    List<GuestLink> listForMedia(TenantId tenant, MediaId media);

    /** How many links of the media item are not revoked. */
    int countActive(TenantId tenant, MediaId media);

    /**
     * Stores a changed link (settings, seed and digest, revocation). Never writes {@code joinCount}: a concurrent
     * {@link #tryConsumeJoin} must not be lost.
     */
    void update(GuestLink link);

    /**
     * Atomically counts one more join if the link is not revoked and, when it has a maximum, is below it.
     * Returns false, changing nothing, otherwise (and for an unknown link).
     */
    boolean tryConsumeJoin(TenantId tenant, GuestLinkId id);
}
