package dev.mediaaccess.core.participant.model;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.MediaId;
import java.util.List;
import java.util.Optional;

/**
 * Port: guests and members of media items. Guarantees every adapter keeps:
 * <ul>
 *   <li>At most one guest per (link, email) and one member per (media, email): a second {@link #add} of the same
 *       pair, or of a taken id, throws {@link dev.mediaaccess.core.storage.ConflictingWrite} and stores nothing. The core
 *       looks before it adds, so this happens only when two transactions race; it then runs the use case again.</li>
 *   <li>Tenant isolation: nothing of another tenant is ever returned.</li>
 * </ul>
 */
public interface Participants {
    void add(Participant participant);

    Optional<Participant> find(TenantId tenant, ParticipantId id);

    Optional<Participant> findGuest(TenantId tenant, GuestLinkId link, EmailAddress email);

    Optional<Participant> findMember(TenantId tenant, MediaId media, EmailAddress email);

    /** Every participant of the media item, whatever their status, in order of joining (ties broken by id). */
    List<Participant> listForMedia(TenantId tenant, MediaId media);

    /**
     * Every member with this email in the tenant, one per media item they were invited to, whatever their status, in
     * order of joining (ties broken by id). Guests are never listed: a guest's email was typed, not verified.
     */
    List<Participant> listMemberships(TenantId tenant, EmailAddress email);

    /** Stores a changed participant (status, role, invitation, account, join time). */
    void update(Participant participant);
}
