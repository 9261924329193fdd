package dev.mediaaccess.core.guestlink.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.FieldError;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.ValidationFailed;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuestLinkTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final TokenDigest DIGEST = new TokenDigest("a".repeat(43));

    private static GuestLink link(GuestLinkSettings settings, int joins) {
        return new GuestLink(GuestLinkId.of("l1"), TenantId.of("t1"), MediaId.of("m1"), settings, "seed", DIGEST, joins, false,
                NOW, Optional.empty());
    }

    private static GuestLinkSettings expiringAt(Instant at) {
        return new GuestLinkSettings(Optional.empty(), Optional.of(at), Optional.empty(), Set.of(), Admission.AUTOMATIC);
    }

    private static GuestLinkSettings maxJoins(int max) {
        return new GuestLinkSettings(Optional.empty(), Optional.empty(), Optional.of(max), Set.of(), Admission.AUTOMATIC);
    }

    @Nested
    @DisplayName("state")
    class State {
        @Test
        @DisplayName("a link is expired from its expiry instant on, not a moment before")
        void expiryInstant() {
            GuestLink link = link(expiringAt(NOW.plusSeconds(60)), 0);
            assertThat(link.stateAt(NOW.plusSeconds(59))).isEqualTo(GuestLinkState.ACTIVE);
            assertThat(link.stateAt(NOW.plusSeconds(60))).isEqualTo(GuestLinkState.EXPIRED);
        }

        @Test
        @DisplayName("a link is exhausted once its join count reaches its maximum")
        void exhausted() {
            assertThat(link(maxJoins(2), 1).stateAt(NOW)).isEqualTo(GuestLinkState.ACTIVE);
            assertThat(link(maxJoins(2), 2).stateAt(NOW)).isEqualTo(GuestLinkState.EXHAUSTED);
        }

        @Test
        @DisplayName("revocation wins over every other state and keeps its time")
        void revoked() {
            GuestLink revoked = link(maxJoins(1), 1).revokedAt(NOW);
            assertThat(revoked.stateAt(NOW)).isEqualTo(GuestLinkState.REVOKED);
            assertThat(revoked.revokedAt()).contains(NOW);
        }

        @Test
        @DisplayName("rotation keeps the id, the join count and the settings, and replaces seed and digest")
        void rotation() {
            GuestLink rotated = link(maxJoins(5), 3).rotated("seed2", new TokenDigest("b".repeat(43)));
            assertThat(rotated.id()).isEqualTo(GuestLinkId.of("l1"));
            assertThat(rotated.joinCount()).isEqualTo(3);
            assertThat(rotated.tokenSeed()).isEqualTo("seed2");
            assertThat(rotated.tokenDigest().value()).isEqualTo("b".repeat(43));
        }

        @Test
        @DisplayName("a revoked link must carry its revocation time, and only a revoked link may")
        void revocationInvariant() {
            assertThatThrownBy(() -> new GuestLink(GuestLinkId.of("l1"), TenantId.of("t1"), MediaId.of("m1"), GuestLinkSettings.open(),
                    "seed", DIGEST, 0, true, NOW, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("settings")
    class Settings {
        @Test
        @DisplayName("valid settings are normalised: label trimmed, domains in ASCII lower case")
        void parsesValid() {
            GuestLinkSettings settings = GuestLinkSettings.parse(" Class 7B ", NOW.plusSeconds(3600), 30,
                    List.of("School.Example", "@bücher.example"), Admission.MODERATOR_APPROVAL, NOW);
            assertThat(settings.label()).contains("Class 7B");
            assertThat(settings.maxJoins()).contains(30);
            assertThat(settings.allowedDomains()).containsExactly("school.example", "xn--bcher-kva.example");
            assertThat(settings.admission()).isEqualTo(Admission.MODERATOR_APPROVAL);
        }

        @Test
        @DisplayName("every invalid setting is reported at once")
        void reportsAll() {
            assertThatThrownBy(() -> GuestLinkSettings.parse("x".repeat(101), NOW, 0, List.of("ok.example", "not a domain"), null, NOW))
                    .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.errors())
                            .extracting(FieldError::field)
                            .containsExactly("label", "expiresAt", "maxJoins", "allowedDomains[1]"));
        }

        @Test
        @DisplayName("only listed domains may join when a list is set; any may when it is empty")
        void domains() {
            GuestLinkSettings limited = GuestLinkSettings.parse(null, null, null, List.of("example.com"), null, NOW);
            assertThat(limited.admitsDomainOf(EmailAddress.parse("a@example.com"))).isTrue();
            assertThat(limited.admitsDomainOf(EmailAddress.parse("a@sub.example.com"))).isFalse();
            assertThat(GuestLinkSettings.open().admitsDomainOf(EmailAddress.parse("a@any.example"))).isTrue();
        }
    }
}
