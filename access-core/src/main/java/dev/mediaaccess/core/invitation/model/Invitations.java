package dev.mediaaccess.core.invitation.model;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port: invitations. Guarantees every adapter keeps:
 * <ul>
 *   <li><b>Accepted at most once</b>: of any number of concurrent {@link #markAccepted} calls on one invitation,
 *       across every process sharing the store, exactly one returns true, and only if it was PENDING.</li>
 *   <li><b>Revocation is immediate</b>: once {@link #update} storing a REVOKED invitation returns,
 *       {@link #markAccepted} on it returns false and every lookup sees it revoked.</li>
 *   <li>A resent invitation's old digest finds nothing.</li>
 *   <li>At most one PENDING invitation per (media, email): an {@link #addAll} that would break it throws
 *       {@link dev.mediaaccess.core.storage.ConflictingWrite} and stores none of its rows.</li>
 *   <li>{@link #addAll} and {@link #updateAll} of thousands of rows are done in batches, not row by row.</li>
 *   <li>Tenant isolation: nothing of another tenant is ever returned.</li>
 * </ul>
 */
public interface Invitations {
    void addAll(Collection<Invitation> invitations);

    Optional<Invitation> find(TenantId tenant, InvitationId id);

    Optional<Invitation> findByTokenDigest(TokenDigest digest);

    /** The PENDING invitations (expired or not) of the media item addressed to any of these emails. */
    List<Invitation> findPending(TenantId tenant, MediaId media, Collection<EmailAddress> emails);

    /** Every invitation of the media item, oldest first (ties broken by id). */
    List<Invitation> listForMedia(TenantId tenant, MediaId media);

    /** Stores changed invitations (role, message, inviter, digest, expiry, status). */
    void updateAll(Collection<Invitation> invitations);

    /**
     * Atomically marks a PENDING invitation ACCEPTED at {@code at} by {@code member}. Returns false, changing nothing,
     * if it is not PENDING (already accepted, revoked, or unknown).
     */
    boolean markAccepted(TenantId tenant, InvitationId id, Instant at, ParticipantId member);
}
