package dev.mediaaccess.core.invitation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvitationTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static Invitation pending() {
        return Invitation.create(InvitationId.of("i1"), TenantId.of("t1"), MediaId.of("m1"), EmailAddress.parse("ann@example.com"),
                Role.VIEWER, Optional.empty(), DisplayName.parse("Owner"), new TokenDigest("a".repeat(43)), NOW, NOW.plusSeconds(60));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("a pending invitation is expired from its expiry instant on")
    void expiresAtTheInstant() {
        assertThat(pending().statusAt(NOW.plusSeconds(59))).isEqualTo(InvitationStatus.PENDING);
        assertThat(pending().statusAt(NOW.plusSeconds(60))).isEqualTo(InvitationStatus.EXPIRED);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("accepted and revoked invitations never turn expired")
    void finalStatesStay() {
        Invitation accepted = pending().accepted(NOW, ParticipantId.of("p1"));
        assertThat(accepted.statusAt(NOW.plusSeconds(3600))).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.member()).contains(ParticipantId.of("p1"));
        assertThat(pending().revoked().statusAt(NOW.plusSeconds(3600))).isEqualTo(InvitationStatus.REVOKED);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("an invitation can carry neither OWNER nor GUEST, and EXPIRED is never stored")
    void invariants() {
        assertThatThrownBy(() -> pending().withRole(Role.OWNER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending().withRole(Role.GUEST)).isInstanceOf(IllegalArgumentException.class);
        Invitation p = pending();
        assertThatThrownBy(() -> new Invitation(p.id(), p.tenant(), p.media(), p.email(), p.role(), p.message(), p.invitedBy(),
                p.tokenDigest(), InvitationStatus.EXPIRED, p.createdAt(), p.expiresAt(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("reissuing keeps identity and creation time and replaces terms and link")
    void reissue() {
        TokenDigest fresh = new TokenDigest("b".repeat(43));
        Invitation again = pending().reissued(Role.CONTRIBUTOR, Optional.of("hi"), DisplayName.parse("Mod"), fresh, NOW.plusSeconds(600));
        assertThat(again.id()).isEqualTo(InvitationId.of("i1"));
        assertThat(again.createdAt()).isEqualTo(NOW);
        assertThat(again.role()).isEqualTo(Role.CONTRIBUTOR);
        assertThat(again.tokenDigest()).isEqualTo(fresh);
        assertThat(again.statusAt(NOW.plusSeconds(120))).isEqualTo(InvitationStatus.PENDING);
    }
}
