package dev.mediaaccess.core.access.model;

import static dev.mediaaccess.core.access.model.Capability.COMMENT;
import static dev.mediaaccess.core.access.model.Capability.DOWNLOAD;
import static dev.mediaaccess.core.access.model.Capability.EDIT;
import static dev.mediaaccess.core.access.model.Capability.MANAGE_ACCESS;
import static dev.mediaaccess.core.access.model.Capability.MODERATE;
import static dev.mediaaccess.core.access.model.Capability.PRESENT;
import static dev.mediaaccess.core.access.model.Capability.TAKE_QUIZ;
import static dev.mediaaccess.core.access.model.Capability.VIEW;
import static dev.mediaaccess.core.access.model.Role.CONTRIBUTOR;
import static dev.mediaaccess.core.access.model.Role.GUEST;
import static dev.mediaaccess.core.access.model.Role.MODERATOR;
import static dev.mediaaccess.core.access.model.Role.OWNER;
import static dev.mediaaccess.core.access.model.Role.SPEAKER;
import static dev.mediaaccess.core.access.model.Role.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.media.model.MediaKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AccessPolicyTest {
    private final AccessPolicy policy = AccessPolicy.standard();

    static Stream<Arguments> standardTable() {
        Set<MediaKind> onDemand = EnumSet.of(MediaKind.VIDEO, MediaKind.AUDIO, MediaKind.DOCUMENT, MediaKind.IMAGE);
        Stream.Builder<Arguments> rows = Stream.builder();
        for (MediaKind kind : onDemand) {
            rows.add(Arguments.of(kind, VIEWER, EnumSet.of(VIEW, COMMENT)));
            rows.add(Arguments.of(kind, CONTRIBUTOR, EnumSet.of(VIEW, DOWNLOAD, COMMENT, EDIT)));
            rows.add(Arguments.of(kind, GUEST, EnumSet.of(VIEW)));
            rows.add(Arguments.of(kind, SPEAKER, EnumSet.noneOf(Capability.class)));
            rows.add(Arguments.of(kind, MODERATOR, EnumSet.noneOf(Capability.class)));
        }
        rows.add(Arguments.of(MediaKind.QUIZ, VIEWER, EnumSet.of(VIEW, TAKE_QUIZ)));
        rows.add(Arguments.of(MediaKind.QUIZ, CONTRIBUTOR, EnumSet.of(VIEW, DOWNLOAD, TAKE_QUIZ, EDIT)));
        rows.add(Arguments.of(MediaKind.QUIZ, GUEST, EnumSet.of(VIEW, TAKE_QUIZ)));
        for (MediaKind kind : EnumSet.of(MediaKind.LIVE_EVENT, MediaKind.ROOM_SESSION)) {
            rows.add(Arguments.of(kind, VIEWER, EnumSet.of(VIEW, COMMENT)));
            rows.add(Arguments.of(kind, SPEAKER, EnumSet.of(VIEW, COMMENT, PRESENT)));
            rows.add(Arguments.of(kind, MODERATOR, EnumSet.of(VIEW, COMMENT, PRESENT, MODERATE, MANAGE_ACCESS)));
            rows.add(Arguments.of(kind, GUEST, EnumSet.of(VIEW, COMMENT)));
            rows.add(Arguments.of(kind, CONTRIBUTOR, EnumSet.noneOf(Capability.class)));
        }
        return rows.build();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("standardTable")
    @DisplayName("the standard table gives each (kind, role) exactly its documented capabilities")
    void standardTableRow(MediaKind kind, Role role, Set<Capability> expected) {
        assertThat(policy.capabilities(kind, role)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(MediaKind.class)
    @DisplayName("the owner may do everything on every kind")
    void ownerHasEverything(MediaKind kind) {
        assertThat(policy.capabilities(kind, OWNER)).containsExactlyInAnyOrder(Capability.values());
    }

    @ParameterizedTest
    @EnumSource(MediaKind.class)
    @DisplayName("a guest never edits, presents, moderates or manages access")
    void guestIsLimited(MediaKind kind) {
        assertThat(policy.capabilities(kind, GUEST)).contains(VIEW).doesNotContainAnyElementsOf(AccessPolicy.GUEST_NEVER);
    }

    @Nested
    @DisplayName("invitable roles")
    class Invitable {
        @Test
        @DisplayName("on-demand kinds and quizzes take VIEWER or CONTRIBUTOR")
        void onDemand() {
            for (MediaKind kind : EnumSet.of(MediaKind.VIDEO, MediaKind.AUDIO, MediaKind.DOCUMENT, MediaKind.IMAGE, MediaKind.QUIZ)) {
                assertThat(policy.invitableRoles(kind)).containsExactlyInAnyOrder(VIEWER, CONTRIBUTOR);
            }
        }

        @Test
        @DisplayName("live kinds take VIEWER, SPEAKER or MODERATOR")
        void live() {
            for (MediaKind kind : EnumSet.of(MediaKind.LIVE_EVENT, MediaKind.ROOM_SESSION)) {
                assertThat(policy.invitableRoles(kind)).containsExactlyInAnyOrder(VIEWER, SPEAKER, MODERATOR);
            }
        }
    }

    @Nested
    @DisplayName("granting roles")
    class Granting {
        @Test
        @DisplayName("the owner may grant every invitable role and nothing else")
        void owner() {
            assertThat(policy.mayGrant(MediaKind.ROOM_SESSION, OWNER, MODERATOR)).isTrue();
            assertThat(policy.mayGrant(MediaKind.VIDEO, OWNER, CONTRIBUTOR)).isTrue();
            assertThat(policy.mayGrant(MediaKind.VIDEO, OWNER, SPEAKER)).isFalse();
            assertThat(policy.mayGrant(MediaKind.VIDEO, OWNER, GUEST)).isFalse();
        }

        @Test
        @DisplayName("a moderator of a live kind may grant viewer and speaker but not moderator")
        void moderator() {
            assertThat(policy.mayGrant(MediaKind.LIVE_EVENT, MODERATOR, VIEWER)).isTrue();
            assertThat(policy.mayGrant(MediaKind.LIVE_EVENT, MODERATOR, SPEAKER)).isTrue();
            assertThat(policy.mayGrant(MediaKind.LIVE_EVENT, MODERATOR, MODERATOR)).isFalse();
        }

        @Test
        @DisplayName("a policy may let moderators grant moderator")
        void moderatorsMayGrantModeratorWhenAllowed() {
            AccessPolicy lenient = policy.toBuilder().moderatorsMayGrantModerator(true).build();
            assertThat(lenient.mayGrant(MediaKind.LIVE_EVENT, MODERATOR, MODERATOR)).isTrue();
        }

        @Test
        @DisplayName("roles without MANAGE_ACCESS grant nothing")
        void othersGrantNothing() {
            assertThat(policy.mayGrant(MediaKind.LIVE_EVENT, SPEAKER, VIEWER)).isFalse();
            assertThat(policy.mayGrant(MediaKind.VIDEO, CONTRIBUTOR, VIEWER)).isFalse();
            assertThat(policy.mayGrant(MediaKind.LIVE_EVENT, GUEST, VIEWER)).isFalse();
        }
    }

    @Nested
    @DisplayName("host overrides")
    class Overrides {
        @Test
        @DisplayName("a host may grant and revoke capabilities per kind and role")
        void grantAndRevoke() {
            AccessPolicy custom = policy.toBuilder()
                    .grant(MediaKind.VIDEO, GUEST, DOWNLOAD)
                    .revoke(MediaKind.VIDEO, VIEWER, COMMENT)
                    .build();
            assertThat(custom.capabilities(MediaKind.VIDEO, GUEST)).containsExactlyInAnyOrder(VIEW, DOWNLOAD);
            assertThat(custom.capabilities(MediaKind.VIDEO, VIEWER)).containsExactly(VIEW);
            assertThat(policy.capabilities(MediaKind.VIDEO, GUEST)).containsExactly(VIEW);
        }

        @Test
        @DisplayName("no policy can give a guest EDIT, PRESENT, MODERATE or MANAGE_ACCESS")
        void guestCeilingHolds() {
            for (Capability forbidden : AccessPolicy.GUEST_NEVER) {
                assertThatThrownBy(() -> policy.toBuilder().grant(MediaKind.ROOM_SESSION, GUEST, forbidden).build())
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("guest");
            }
        }

        @Test
        @DisplayName("no policy can take anything from the owner")
        void ownerKeepsEverything() {
            AccessPolicy custom = policy.toBuilder().revoke(MediaKind.VIDEO, OWNER, MANAGE_ACCESS).build();
            assertThat(custom.allows(MediaKind.VIDEO, OWNER, MANAGE_ACCESS)).isTrue();
        }

        @Test
        @DisplayName("invitations can never carry OWNER or GUEST")
        void invitableExcludesOwnerAndGuest() {
            assertThatThrownBy(() -> policy.toBuilder().invitable(MediaKind.VIDEO, VIEWER, OWNER).build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> policy.toBuilder().invitable(MediaKind.VIDEO, GUEST).build())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
