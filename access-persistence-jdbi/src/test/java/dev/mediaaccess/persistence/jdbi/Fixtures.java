package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.pass.model.PassId;
import dev.mediaaccess.core.pass.model.PassState;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenSource;
import dev.mediaaccess.core.secret.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Domain records for this module's own tests, each with fresh ids and real token digests. */
final class Fixtures {
    static final TenantId TENANT = TenantId.of("tenant-a");
    static final Instant NOW = Instant.parse("2030-01-01T10:00:00.123456789Z");
    static final Tokens TOKENS = new Tokens(TokenSource.secureRandom(), HostSecret.generate(TokenSource.secureRandom()));

    private Fixtures() {}

    static Media media() {
        return Media.register(MediaId.of(TOKENS.newId()), TENANT, UserId.of("owner-1"), "Quarterly review", MediaKind.VIDEO, NOW);
    }

    static GuestLink link(Media media, GuestLinkSettings settings) {
        String seed = TOKENS.newSeed();
        return GuestLink.create(GuestLinkId.of(TOKENS.newId()), media.tenant(), media.id(), settings, seed,
                TOKENS.digest(TOKENS.guestLinkToken(seed)), NOW);
    }

    static GuestLinkSettings maxJoins(int max) {
        return new GuestLinkSettings(Optional.empty(), Optional.empty(), Optional.of(max), Set.of(), Admission.AUTOMATIC);
    }

    static Participant guest(GuestLink link, String email) {
        return Participant.guest(ParticipantId.of(TOKENS.newId()), link.tenant(), link.media(), link.id(),
                DisplayName.parse("Guest " + email), EmailAddress.parse(email), false, NOW);
    }

    static Invitation invitation(Media media, String email) {
        return Invitation.create(InvitationId.of(TOKENS.newId()), media.tenant(), media.id(), EmailAddress.parse(email),
                Role.VIEWER, Optional.empty(), DisplayName.parse("Owner"), TOKENS.digest(TOKENS.mint()), NOW,
                NOW.plus(Duration.ofDays(7)));
    }

    static Pass guestPass(Participant guest) {
        return new Pass(PassId.of(TOKENS.newId()), guest.tenant(), guest.media(), MediaKind.VIDEO, guest.id(), Role.GUEST,
                TOKENS.digest(TOKENS.mint()), PassState.ACTIVE, guest.link(), NOW, NOW.plus(Duration.ofHours(12)));
    }
}
