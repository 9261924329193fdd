package dev.mediaaccess.testkit.contract;

import dev.mediaaccess.core.storage.ConflictingWrite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.participant.model.ParticipantStatus;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.testkit.fixtures.ParticipantBuilder;
import dev.mediaaccess.testkit.fixtures.TestData;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link Participants}. Extend it and implement {@link #createStorage}. */
@DisplayName("Participants contract")
public abstract class ParticipantsContract extends StorageContract {
    private static final Instant NOW = TestData.NOW;
    private static final GuestLinkId LINK = GuestLinkId.of("link-p");
    private static final EmailAddress ANN = EmailAddress.parse("ann@example.com");

    private Participants participants() {
        return storage.participants();
    }

    private Participant added(ParticipantBuilder builder) {
        Participant participant = builder.build();
        inWrite(() -> participants().add(participant));
        return participant;
    }

    private Participant stored(Participant participant) {
        return participants().find(participant.tenant(), participant.id()).orElseThrow();
    }

    @Nested
    @DisplayName("adding and finding")
    class AddingAndFinding {
        @Test
        @DisplayName("a guest is found by id and by (link, email), exactly as added")
        void findsGuest() {
            Participant guest = added(TestData.guest().link(LINK).email("ann@example.com").name("Ann"));

            assertThat(participants().find(TENANT, guest.id())).contains(guest);
            assertThat(participants().findGuest(TENANT, LINK, ANN)).contains(guest);
        }

        @Test
        @DisplayName("a member is found by id and by (media, email), exactly as added")
        void findsMember() {
            Participant member = added(TestData.member().email("ann@example.com").role(Role.CONTRIBUTOR)
                    .user(UserId.of("user-7")).invitation(InvitationId.of("inv-7")));

            assertThat(participants().find(TENANT, member.id())).contains(member);
            assertThat(participants().findMember(TENANT, TestData.MEDIA, ANN)).contains(member);
        }

        @Test
        @DisplayName("a guest is not found as a member, nor a member as a guest")
        void kindsKeptApart() {
            added(TestData.guest().link(LINK).email("ann@example.com"));
            added(TestData.member().email("bob@example.com"));

            assertThat(participants().findMember(TENANT, TestData.MEDIA, ANN)).isEmpty();
            assertThat(participants().findGuest(TENANT, LINK, EmailAddress.parse("bob@example.com"))).isEmpty();
        }

        @Test
        @DisplayName("unknown ids, links, media and emails find nothing")
        void unknown() {
            added(TestData.guest().link(LINK).email("ann@example.com"));
            added(TestData.member().email("ann@example.com"));

            assertThat(participants().find(TENANT, ParticipantId.of("no-such"))).isEmpty();
            assertThat(participants().findGuest(TENANT, GuestLinkId.of("other-link"), ANN)).isEmpty();
            assertThat(participants().findGuest(TENANT, LINK, EmailAddress.parse("nobody@example.com"))).isEmpty();
            assertThat(participants().findMember(TENANT, MediaId.of("other-media"), ANN)).isEmpty();
            assertThat(participants().findMember(TENANT, TestData.MEDIA, EmailAddress.parse("nobody@example.com"))).isEmpty();
        }

        @Test
        @DisplayName("no lookup finds a participant under another tenant")
        void tenantIsolation() {
            Participant guest = added(TestData.guest().id("shared-id").link(LINK).email("ann@example.com"));
            Participant member = added(TestData.member().email("ann@example.com"));

            assertThat(participants().find(OTHER_TENANT, guest.id())).isEmpty();
            assertThat(participants().findGuest(OTHER_TENANT, LINK, ANN)).isEmpty();
            assertThat(participants().findMember(OTHER_TENANT, member.media(), ANN)).isEmpty();
            assertThat(participants().listForMedia(OTHER_TENANT, TestData.MEDIA)).isEmpty();

            Participant theirs = added(TestData.guest().id("shared-id").tenant(OTHER_TENANT).link(LINK).email("ann@example.com"));
            assertThat(participants().find(TENANT, guest.id())).contains(guest);
            assertThat(participants().find(OTHER_TENANT, guest.id())).contains(theirs);
            assertThat(participants().findGuest(TENANT, LINK, ANN)).contains(guest);
            assertThat(participants().findGuest(OTHER_TENANT, LINK, ANN)).contains(theirs);
        }

        @Test
        @DisplayName("adding a second participant with the same id fails with ConflictingWrite and keeps the first")
        void duplicateId() {
            Participant first = added(TestData.guest().id("p-x").email("ann@example.com"));

            assertThatThrownBy(() -> inWrite(() -> participants().add(TestData.guest().id("p-x").email("bob@example.com").build())))
                    .isInstanceOf(ConflictingWrite.class);

            assertThat(stored(first)).isEqualTo(first);
            assertThat(participants().findGuest(TENANT, first.link().orElseThrow(), EmailAddress.parse("bob@example.com"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("one per email")
    class OnePerEmail {
        @Test
        @DisplayName("a second guest with the same (link, email) fails with ConflictingWrite and stores nothing")
        void oneGuestPerLinkAndEmail() {
            Participant first = added(TestData.guest().link(LINK).email("ann@example.com"));
            Participant second = TestData.guest().link(LINK).email("ann@example.com").name("Other Ann").build();

            assertThatThrownBy(() -> inWrite(() -> participants().add(second))).isInstanceOf(ConflictingWrite.class);

            assertThat(participants().find(TENANT, second.id())).isEmpty();
            assertThat(participants().findGuest(TENANT, LINK, ANN)).contains(first);
            assertThat(participants().listForMedia(TENANT, TestData.MEDIA)).containsExactly(first);
        }

        @Test
        @DisplayName("a second member with the same (media, email) fails with ConflictingWrite and stores nothing")
        void oneMemberPerMediaAndEmail() {
            Participant first = added(TestData.member().email("ann@example.com"));
            Participant second = TestData.member().email("ann@example.com").invitation(InvitationId.of("inv-2")).build();

            assertThatThrownBy(() -> inWrite(() -> participants().add(second))).isInstanceOf(ConflictingWrite.class);

            assertThat(participants().find(TENANT, second.id())).isEmpty();
            assertThat(participants().findMember(TENANT, TestData.MEDIA, ANN)).contains(first);
        }

        @Test
        @DisplayName("one email may be a guest on two links, a member of two media items, and a guest and a member at once")
        void differentPairsAllowed() {
            Participant guestHere = added(TestData.guest().link(LINK).email("ann@example.com"));
            Participant guestThere = added(TestData.guest().link(GuestLinkId.of("other-link")).email("ann@example.com"));
            Participant memberHere = added(TestData.member().email("ann@example.com"));
            Participant memberThere = added(TestData.member().media(MediaId.of("other-media")).email("ann@example.com"));

            assertThat(participants().findGuest(TENANT, LINK, ANN)).contains(guestHere);
            assertThat(participants().findGuest(TENANT, GuestLinkId.of("other-link"), ANN)).contains(guestThere);
            assertThat(participants().findMember(TENANT, TestData.MEDIA, ANN)).contains(memberHere);
            assertThat(participants().findMember(TENANT, MediaId.of("other-media"), ANN)).contains(memberThere);
        }

        @Test
        @DisplayName("the same (link, email) may be a guest in two tenants")
        void perTenant() {
            added(TestData.guest().link(LINK).email("ann@example.com"));
            Participant theirs = added(TestData.guest().tenant(OTHER_TENANT).link(LINK).email("ann@example.com"));

            assertThat(participants().findGuest(OTHER_TENANT, LINK, ANN)).contains(theirs);
        }
    }

    @Nested
    @DisplayName("listing")
    class Listing {
        @Test
        @DisplayName("participants are listed in order of joining, ties broken by id, whatever their status")
        void inOrderOfJoining() {
            Participant last = added(TestData.guest().id("a-last").email("a@example.com").joinedAt(NOW.plusSeconds(20)));
            Participant tieB = added(TestData.member().id("b-tie").email("b@example.com").joinedAt(NOW.plusSeconds(10)));
            Participant first = added(TestData.guest().id("z-first").email("c@example.com").joinedAt(NOW)
                    .status(ParticipantStatus.REMOVED));
            Participant tieA = added(TestData.guest().id("a-tie").email("d@example.com").joinedAt(NOW.plusSeconds(10))
                    .status(ParticipantStatus.WAITING));

            assertThat(participants().listForMedia(TENANT, TestData.MEDIA)).containsExactly(first, tieA, tieB, last);
        }

        @Test
        @DisplayName("a listing holds only that media item's participants, and is empty for one without any")
        void onlyThatMedia() {
            Participant ours = added(TestData.guest().email("a@example.com"));
            added(TestData.guest().media(MediaId.of("other-media")).email("b@example.com"));
            added(TestData.guest().tenant(OTHER_TENANT).email("c@example.com"));

            assertThat(participants().listForMedia(TENANT, TestData.MEDIA)).containsExactly(ours);
            assertThat(participants().listForMedia(TENANT, MediaId.of("no-such-media"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("listing memberships")
    class ListingMemberships {
        @Test
        @DisplayName("an email's memberships are listed across media items, in order of joining, ties broken by id, whatever their status")
        void acrossMediaInOrderOfJoining() {
            Participant last = added(TestData.member().id("a-last").media(MediaId.of("m-1")).email("ann@example.com")
                    .joinedAt(NOW.plusSeconds(20)));
            Participant tieB = added(TestData.member().id("b-tie").media(MediaId.of("m-2")).email("ann@example.com")
                    .role(Role.CONTRIBUTOR).user(UserId.of("user-ann")).joinedAt(NOW.plusSeconds(10)));
            Participant first = added(TestData.member().id("z-first").media(MediaId.of("m-3")).email("ann@example.com")
                    .status(ParticipantStatus.REMOVED).joinedAt(NOW));
            Participant tieA = added(TestData.member().id("a-tie").media(MediaId.of("m-4")).email("ann@example.com")
                    .joinedAt(NOW.plusSeconds(10)));

            assertThat(participants().listMemberships(TENANT, ANN)).containsExactly(first, tieA, tieB, last);
        }

        @Test
        @DisplayName("guests with the email and members with other emails are not listed")
        void onlyMembersWithThatEmail() {
            Participant member = added(TestData.member().email("ann@example.com"));
            added(TestData.guest().link(LINK).email("ann@example.com"));
            added(TestData.member().media(MediaId.of("other-media")).email("bob@example.com"));

            assertThat(participants().listMemberships(TENANT, ANN)).containsExactly(member);
            assertThat(participants().listMemberships(TENANT, EmailAddress.parse("nobody@example.com"))).isEmpty();
        }

        @Test
        @DisplayName("an email's memberships in another tenant are not listed")
        void tenantIsolation() {
            Participant ours = added(TestData.member().id("shared-id").email("ann@example.com"));
            assertThat(participants().listMemberships(OTHER_TENANT, ANN)).isEmpty();

            Participant theirs = added(TestData.member().id("shared-id").tenant(OTHER_TENANT).email("ann@example.com"));

            assertThat(participants().listMemberships(TENANT, ANN)).containsExactly(ours);
            assertThat(participants().listMemberships(OTHER_TENANT, ANN)).containsExactly(theirs);
        }

        @Test
        @DisplayName("a membership shows as last updated, and moves to its new join time when re-admitted")
        void showsUpdates() {
            Participant removed = added(TestData.member().id("m-1").email("ann@example.com").status(ParticipantStatus.REMOVED));
            Participant later = added(TestData.member().id("m-2").media(MediaId.of("other-media")).email("ann@example.com")
                    .joinedAt(NOW.plusSeconds(10)));
            Participant rejoined = removed.rejoined(InvitationId.of("inv-new"), Role.CONTRIBUTOR, Optional.empty(),
                    NOW.plusSeconds(20));

            inWrite(() -> participants().update(rejoined));

            assertThat(participants().listMemberships(TENANT, ANN)).containsExactly(later, rejoined);
        }
    }

    @Nested
    @DisplayName("updating")
    class Updating {
        @Test
        @DisplayName("update stores a new status and role")
        void statusAndRole() {
            Participant waiting = added(TestData.guest().status(ParticipantStatus.WAITING));
            Participant member = added(TestData.member());

            inWrite(() -> participants().update(waiting.withStatus(ParticipantStatus.DENIED)));
            inWrite(() -> participants().update(member.withRole(Role.CONTRIBUTOR)));

            assertThat(stored(waiting)).isEqualTo(waiting.withStatus(ParticipantStatus.DENIED));
            assertThat(stored(member)).isEqualTo(member.withRole(Role.CONTRIBUTOR));
        }

        @Test
        @DisplayName("a member re-admitted through a new invitation is stored with it, and moves in the listing to its new join time")
        void rejoined() {
            Participant member = added(TestData.member().id("m-1").email("a@example.com").status(ParticipantStatus.REMOVED));
            Participant later = added(TestData.member().id("m-2").email("b@example.com").joinedAt(NOW.plusSeconds(10)));
            Participant rejoined = member.rejoined(InvitationId.of("inv-new"), Role.CONTRIBUTOR, Optional.of(UserId.of("user-9")),
                    NOW.plusSeconds(20));

            inWrite(() -> participants().update(rejoined));

            assertThat(participants().findMember(TENANT, TestData.MEDIA, member.email())).contains(rejoined);
            assertThat(participants().listForMedia(TENANT, TestData.MEDIA)).containsExactly(later, rejoined);
        }

        @Test
        @DisplayName("updating an unknown participant stores nothing")
        void unknown() {
            Participant never = TestData.guest().build();

            inWrite(() -> participants().update(never));

            assertThat(participants().find(TENANT, never.id())).isEmpty();
            assertThat(participants().listForMedia(TENANT, never.media())).isEmpty();
        }
    }

    @Nested
    @DisplayName("in transactions")
    class InTransactions {
        @Test
        @DisplayName("a member added in a write that fails is not kept, nor listed among the email's memberships")
        void memberAddRolledBack() {
            Participant member = TestData.member().email("ann@example.com").build();

            inFailedWrite(() -> participants().add(member));

            assertThat(participants().listMemberships(TENANT, ANN)).isEmpty();
        }

        @Test
        @DisplayName("a participant added in a write that fails is not kept, and its (link, email) stays free")
        void addRolledBack() {
            Participant guest = TestData.guest().link(LINK).email("ann@example.com").build();

            inFailedWrite(() -> participants().add(guest));

            assertThat(participants().find(TENANT, guest.id())).isEmpty();
            assertThat(participants().findGuest(TENANT, LINK, ANN)).isEmpty();
            assertThat(participants().listForMedia(TENANT, guest.media())).isEmpty();
            Participant again = added(TestData.guest().link(LINK).email("ann@example.com"));
            assertThat(participants().findGuest(TENANT, LINK, ANN)).contains(again);
        }

        @Test
        @DisplayName("an update in a write that fails is not kept")
        void updateRolledBack() {
            Participant member = added(TestData.member().email("ann@example.com"));

            inFailedWrite(() -> participants().update(member.withStatus(ParticipantStatus.REMOVED).withRole(Role.CONTRIBUTOR)));

            assertThat(stored(member)).isEqualTo(member);
            assertThat(participants().findMember(TENANT, member.media(), ANN)).contains(member);
            assertThat(participants().listMemberships(TENANT, ANN)).containsExactly(member);
        }
    }
}
