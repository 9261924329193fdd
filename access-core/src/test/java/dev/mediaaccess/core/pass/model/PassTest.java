package dev.mediaaccess.core.pass.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PassTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static Pass pass(Role role, Instant expiresAt) {
        return new Pass(PassId.of("p1"), TenantId.of("t1"), MediaId.of("m1"), MediaKind.VIDEO, ParticipantId.of("x"), role,
                new TokenDigest("a".repeat(43)), PassState.ACTIVE, Optional.empty(), NOW, expiresAt);
    }

    @Test
    @DisplayName("a pass is expired from its expiry instant on")
    void expiry() {
        Pass pass = pass(Role.GUEST, NOW.plusSeconds(10));
        assertThat(pass.isExpiredAt(NOW.plusSeconds(9))).isFalse();
        assertThat(pass.isExpiredAt(NOW.plusSeconds(10))).isTrue();
    }

    @Test
    @DisplayName("a pass never carries ownership and must expire after it is issued")
    void invariants() {
        assertThatThrownBy(() -> pass(Role.OWNER, NOW.plusSeconds(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pass(Role.GUEST, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an issued pass never prints its token")
    void redacted() {
        assertThat(new IssuedPass(pass(Role.GUEST, NOW.plusSeconds(10)), "secret-token-value").toString())
                .doesNotContain("secret-token-value");
    }
}
