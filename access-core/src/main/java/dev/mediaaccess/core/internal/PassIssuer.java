package dev.mediaaccess.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.pass.model.IssuedPass;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.pass.model.PassId;
import dev.mediaaccess.core.pass.model.PassState;
import dev.mediaaccess.core.pass.model.Passes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place a pass is issued: its scope (media, participant, role, guest link), its lifetime (the tenant's pass
 * lifetime, never past the link's expiry), its state (WAITING while its holder waits in the lobby) and its token,
 * handed out once and stored only as a digest. Not API.
 */
public final class PassIssuer {
    private final UseCaseSupport support;
    private final Passes passes;

    public PassIssuer(UseCaseSupport support, Passes passes) {
        this.support = requireNonNull(support, "support");
        this.passes = requireNonNull(passes, "passes");
    }

    /** A pass for a guest who joined through {@code link}; it ends when the link expires, if that comes first. */
    public IssuedPass forGuest(Media media, GuestLink link, Participant guest, Instant now) {
        Instant expiry = now.plus(support.settings(media.tenant()).guestPassTtl());
        Instant linkExpiry = link.settings().expiresAt().orElse(expiry);
        return issue(media, guest, Optional.of(link), now, linkExpiry.isBefore(expiry) ? linkExpiry : expiry);
    }

    /** A pass for a member who accepted an invitation without a host account. */
    public IssuedPass forMember(Media media, Participant member, Instant now) {
        Duration lifetime = support.settings(media.tenant()).memberPassTtl();
        return issue(media, member, Optional.empty(), now, now.plus(lifetime));
    }

    private IssuedPass issue(Media media, Participant holder, Optional<GuestLink> link, Instant now, Instant expiry) {
        String token = support.tokens().mint();
        Pass pass = new Pass(new PassId(support.tokens().newId()), media.tenant(), media.id(), media.kind(), holder.id(),
                holder.role(), support.tokens().digest(token), holder.isAdmitted() ? PassState.ACTIVE : PassState.WAITING,
                link.map(GuestLink::id), now, expiry);
        passes.add(pass);
        return new IssuedPass(pass, token);
    }
}
