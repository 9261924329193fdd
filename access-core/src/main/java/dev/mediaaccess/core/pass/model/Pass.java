package dev.mediaaccess.core.pass.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * A bearer credential for one media item, one role, until an expiry: what a guest or an invitee without a host
 * account holds. Only its digest is stored; the token is handed out once, at issue.
 *
 * @param kind the media item's kind, kept so that checking a pass needs one lookup
 * @param link the guest link it was issued through, for guests; ending the link ends the pass
 */
public record Pass(
        PassId id,
        TenantId tenant,
        MediaId media,
        MediaKind kind,
        ParticipantId participant,
        Role role,
        TokenDigest tokenDigest,
        PassState state,
        Optional<GuestLinkId> link,
        Instant issuedAt,
        Instant expiresAt) {

    public Pass {
        requireNonNull(id, "id");
        requireNonNull(tenant, "tenant");
        requireNonNull(media, "media");
        requireNonNull(kind, "kind");
        requireNonNull(participant, "participant");
        requireNonNull(role, "role");
        requireNonNull(tokenDigest, "tokenDigest");
        requireNonNull(state, "state");
        requireNonNull(link, "link");
        requireNonNull(issuedAt, "issuedAt");
        requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a pass must expire after it is issued");
        }
        if (role == Role.OWNER) {
            throw new IllegalArgumentException("ownership is never carried by a pass");
        }
    }

    /** True from the expiry instant on. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
