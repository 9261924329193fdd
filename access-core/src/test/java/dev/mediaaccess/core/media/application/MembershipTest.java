package dev.mediaaccess.core.media.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MembershipTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final Media MEDIA = new Media(MediaId.of("m1"), TenantId.of("t1"), UserId.of("owner"), "Town hall",
            MediaKind.LIVE_EVENT, false, NOW);

    @Test
    @DisplayName("a membership carries an invited role")
    void invitedRoles() {
        for (Role role : new Role[] {Role.VIEWER, Role.CONTRIBUTOR, Role.SPEAKER, Role.MODERATOR}) {
            assertThat(new Membership(MEDIA, role, NOW).role()).isEqualTo(role);
        }
    }

    @Test
    @DisplayName("ownership and guest standing are not memberships")
    void neitherOwnerNorGuest() {
        assertThatThrownBy(() -> new Membership(MEDIA, Role.OWNER, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Membership(MEDIA, Role.GUEST, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
