package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.OneTimeCode;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.pass.model.Pass;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every record comes back exactly as stored, every optional field both present and absent, on both dialects. */
class RoundTripTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyRecordComesBackEqual(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            Media media = Fixtures.media().withGuestAccess(true);
            assertThat(storage.media().add(media)).isTrue();
            assertThat(storage.media().add(media)).isFalse();
            assertThat(storage.media().find(TENANT, media.id())).contains(media);
            assertThat(storage.media().find(TenantId.of("other"), media.id())).isEmpty();

            GuestLinkSettings full = new GuestLinkSettings(Optional.of("Team"), Optional.of(Instant.parse("2031-02-03T04:05:06.000000007Z")),
                    Optional.of(7), Set.of("example.com", "example.org"), Admission.MODERATOR_APPROVAL);
            GuestLink open = Fixtures.link(media, GuestLinkSettings.open());
            GuestLink limited = Fixtures.link(media, full).revokedAt(Fixtures.NOW.plusSeconds(5));
            storage.guestLinks().add(open);
            storage.guestLinks().add(limited);
            assertThat(storage.guestLinks().find(TENANT, open.id())).contains(open);
            assertThat(storage.guestLinks().findByTokenDigest(limited.tokenDigest())).contains(limited);
            assertThat(storage.guestLinks().countActive(TENANT, media.id())).isEqualTo(1);

            Participant guest = Fixtures.guest(open, "ann@example.com");
            storage.participants().add(guest);
            assertThat(storage.participants().findGuest(TENANT, open.id(), guest.email())).contains(guest);

            Invitation invitation = Fixtures.invitation(media, "bob@example.com");
            storage.invitations().addAll(List.of(invitation));
            assertThat(storage.invitations().findByTokenDigest(invitation.tokenDigest())).contains(invitation);
            assertThat(storage.invitations().markAccepted(TENANT, invitation.id(), Fixtures.NOW, guest.id())).isTrue();
            assertThat(storage.invitations().find(TENANT, invitation.id())).contains(invitation.accepted(Fixtures.NOW, guest.id()));

            OneTimeCode code = OneTimeCode.issued(TENANT, invitation.id(), Fixtures.TOKENS.codeDigest(invitation.id().value(), "123456"), Fixtures.NOW);
            storage.oneTimeCodes().put(code);
            assertThat(storage.oneTimeCodes().find(TENANT, invitation.id())).contains(code);

            Pass pass = Fixtures.guestPass(guest);
            storage.passes().add(pass);
            assertThat(storage.passes().findByTokenDigest(pass.tokenDigest())).contains(pass);

            AuditEvent bare = AuditEvent.of(TENANT, media.id(), Fixtures.NOW, AuditAction.GUEST_JOINED, AuditActor.parse("guest:ann@example.com"));
            AuditEvent rich = bare.withSubject("ann@example.com").withLink(open.id()).withInvitation(invitation.id())
                    .withParticipant(guest.id()).withReason("guest-link-expired");
            storage.auditLog().record(rich);
            storage.auditLog().record(bare);
            assertThat(storage.auditLog().forMedia(TENANT, media.id())).containsExactly(rich, bare);
            assertThat(storage.auditLog().forLink(TENANT, open.id())).containsExactly(rich);
        }
    }
}
