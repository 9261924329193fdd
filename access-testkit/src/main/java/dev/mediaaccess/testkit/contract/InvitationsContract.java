package dev.mediaaccess.testkit.contract;

import dev.mediaaccess.core.storage.ConflictingWrite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.testkit.fixtures.InvitationBuilder;
import dev.mediaaccess.testkit.fixtures.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link Invitations}. Extend it and implement {@link #createStorage}. */
@DisplayName("Invitations contract")
public abstract class InvitationsContract extends StorageContract {
    private static final Instant NOW = TestData.NOW;
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    private Invitations invitations() {
        return storage.invitations();
    }

    private Invitation added(InvitationBuilder builder) {
        Invitation invitation = builder.build();
        inWrite(() -> invitations().addAll(List.of(invitation)));
        return invitation;
    }

    private Invitation stored(Invitation invitation) {
        return invitations().find(invitation.tenant(), invitation.id()).orElseThrow();
    }

    private static List<EmailAddress> emails(String... addresses) {
        return java.util.Arrays.stream(addresses).map(EmailAddress::parse).toList();
    }

    @Nested
    @DisplayName("adding and finding")
    class AddingAndFinding {
        @Test
        @DisplayName("every invitation of a batch is found by its id and by its token digest exactly as added")
        void findsBatch() {
            Invitation one = TestData.invitation().email("one@example.com").message("Welcome").build();
            Invitation two = TestData.invitation().email("two@example.com").role(Role.CONTRIBUTOR).build();

            inWrite(() -> invitations().addAll(List.of(one, two)));

            assertThat(invitations().find(TENANT, one.id())).contains(one);
            assertThat(invitations().find(TENANT, two.id())).contains(two);
            assertThat(invitations().findByTokenDigest(one.tokenDigest())).contains(one);
            assertThat(invitations().findByTokenDigest(two.tokenDigest())).contains(two);
        }

        @Test
        @DisplayName("adding an empty batch stores nothing and does not fail")
        void emptyBatch() {
            inWrite(() -> invitations().addAll(List.of()));

            assertThat(invitations().listForMedia(TENANT, TestData.MEDIA)).isEmpty();
        }

        @Test
        @DisplayName("a thousand invitations added in one batch are all stored")
        void largeBatch() {
            List<Invitation> batch = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                batch.add(TestData.invitation().id(String.format("bulk-%04d", i)).email("invitee" + i + "@example.com").build());
            }

            inWrite(() -> invitations().addAll(batch));

            assertThat(invitations().listForMedia(TENANT, TestData.MEDIA)).containsExactlyElementsOf(batch);
        }

        @Test
        @DisplayName("unknown ids and digests find nothing")
        void unknown() {
            added(TestData.invitation());

            assertThat(invitations().find(TENANT, InvitationId.of("no-such-invitation"))).isEmpty();
            assertThat(invitations().findByTokenDigest(tokens.digest(tokens.mint()))).isEmpty();
        }

        @Test
        @DisplayName("an invitation is never found under another tenant, even for the same id")
        void tenantIsolation() {
            Invitation ours = added(TestData.invitation().id("shared-id"));
            assertThat(invitations().find(OTHER_TENANT, ours.id())).isEmpty();

            Invitation theirs = added(TestData.invitation().id("shared-id").tenant(OTHER_TENANT).token(tokens.mint()));

            assertThat(invitations().find(TENANT, ours.id())).contains(ours);
            assertThat(invitations().find(OTHER_TENANT, ours.id())).contains(theirs);
        }
    }

    @Nested
    @DisplayName("one pending invitation per media and email")
    class OnePendingPerEmail {
        @Test
        @DisplayName("a batch holding a second PENDING invitation for a pending email fails with ConflictingWrite and stores none of its rows")
        void pendingAlready() {
            Invitation first = added(TestData.invitation().email("ann@example.com"));
            Invitation fresh = TestData.invitation().email("bob@example.com").build();
            Invitation duplicate = TestData.invitation().email("ann@example.com").build();

            assertThatThrownBy(() -> inWrite(() -> invitations().addAll(List.of(fresh, duplicate))))
                    .isInstanceOf(ConflictingWrite.class);

            assertThat(invitations().listForMedia(TENANT, TestData.MEDIA)).containsExactly(first);
            assertThat(invitations().findByTokenDigest(fresh.tokenDigest())).isEmpty();
        }

        @Test
        @DisplayName("a batch holding the same email twice as PENDING fails with ConflictingWrite and stores nothing")
        void twiceInOneBatch() {
            Invitation one = TestData.invitation().email("ann@example.com").build();
            Invitation two = TestData.invitation().email("ann@example.com").build();

            assertThatThrownBy(() -> inWrite(() -> invitations().addAll(List.of(one, two)))).isInstanceOf(ConflictingWrite.class);

            assertThat(invitations().listForMedia(TENANT, TestData.MEDIA)).isEmpty();
        }

        @Test
        @DisplayName("an email may be pending on another media item, in another tenant, and again once its invitation is closed")
        void allowedElsewhere() {
            added(TestData.invitation().email("ann@example.com").revoked());
            added(TestData.invitation().email("ann@example.com").acceptedBy(ParticipantId.of("p-1"), NOW));
            Invitation pending = added(TestData.invitation().email("ann@example.com"));
            Invitation elsewhere = added(TestData.invitation().email("ann@example.com").media(MediaId.of("other-media")));
            Invitation otherTenant = added(TestData.invitation().email("ann@example.com").tenant(OTHER_TENANT));

            assertThat(invitations().findPending(TENANT, TestData.MEDIA, emails("ann@example.com"))).containsExactly(pending);
            assertThat(invitations().find(TENANT, elsewhere.id())).contains(elsewhere);
            assertThat(invitations().find(OTHER_TENANT, otherTenant.id())).contains(otherTenant);
        }

        @Test
        @DisplayName("once a pending invitation is revoked, a new one for the same email can be added")
        void afterRevocation() {
            Invitation first = added(TestData.invitation().email("ann@example.com"));
            inWrite(() -> invitations().updateAll(List.of(first.revoked())));

            Invitation second = added(TestData.invitation().email("ann@example.com"));

            assertThat(invitations().findPending(TENANT, TestData.MEDIA, emails("ann@example.com"))).containsExactly(second);
        }
    }

    @Nested
    @DisplayName("finding pending invitations")
    class FindingPending {
        @Test
        @DisplayName("findPending returns the PENDING invitations of the media for the named emails, expired ones included")
        void pendingOnly() {
            Invitation ann = added(TestData.invitation().email("ann@example.com"));
            Invitation expired = added(TestData.invitation().email("bob@example.com").expiresAt(NOW.minusSeconds(1))
                    .createdAt(NOW.minus(Duration.ofDays(8))));
            added(TestData.invitation().email("cat@example.com").revoked());
            added(TestData.invitation().email("dan@example.com").acceptedBy(ParticipantId.of("p-1"), NOW));
            added(TestData.invitation().email("eve@example.com"));
            added(TestData.invitation().email("ann@example.com").media(MediaId.of("other-media")));
            added(TestData.invitation().email("ann@example.com").tenant(OTHER_TENANT));

            assertThat(invitations().findPending(TENANT, TestData.MEDIA,
                    emails("ann@example.com", "bob@example.com", "cat@example.com", "dan@example.com", "nobody@example.com")))
                    .containsExactlyInAnyOrder(ann, expired);
        }

        @Test
        @DisplayName("findPending with no emails finds nothing")
        void noEmails() {
            added(TestData.invitation());

            assertThat(invitations().findPending(TENANT, TestData.MEDIA, List.of())).isEmpty();
        }
    }

    @Nested
    @DisplayName("listing")
    class Listing {
        @Test
        @DisplayName("invitations are listed oldest first, ties broken by id, whatever their status")
        void oldestFirst() {
            Invitation newest = added(TestData.invitation().id("a-newest").email("a@example.com").createdAt(NOW.plusSeconds(20)));
            Invitation tieB = added(TestData.invitation().id("b-tie").email("b@example.com").createdAt(NOW.plusSeconds(10)).revoked());
            Invitation oldest = added(TestData.invitation().id("z-oldest").email("c@example.com").createdAt(NOW));
            Invitation tieA = added(TestData.invitation().id("a-tie").email("d@example.com").createdAt(NOW.plusSeconds(10))
                    .acceptedBy(ParticipantId.of("p-1"), NOW.plusSeconds(15)));

            assertThat(invitations().listForMedia(TENANT, TestData.MEDIA)).containsExactly(oldest, tieA, tieB, newest);
        }

        @Test
        @DisplayName("a listing holds only that media item's invitations of that tenant, and is empty for an unknown one")
        void onlyThatMedia() {
            Invitation ours = added(TestData.invitation());
            added(TestData.invitation().media(MediaId.of("other-media")));
            added(TestData.invitation().tenant(OTHER_TENANT));

            assertThat(invitations().listForMedia(TENANT, TestData.MEDIA)).containsExactly(ours);
            assertThat(invitations().listForMedia(TENANT, MediaId.of("no-such-media"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("updating")
    class Updating {
        @Test
        @DisplayName("a resend stores the new terms; the new digest finds it and the old digest finds nothing")
        void resend() {
            Invitation first = added(TestData.invitation().message("Hello"));
            TokenDigest newDigest = tokens.digest(tokens.mint());
            Invitation resent = first.reissued(Role.CONTRIBUTOR, Optional.of("Again"),
                    dev.mediaaccess.core.common.DisplayName.parse("Mo Moderator"), newDigest,
                    LATER.plus(Duration.ofDays(7)));

            inWrite(() -> invitations().updateAll(List.of(resent)));

            assertThat(invitations().find(TENANT, first.id())).contains(resent);
            assertThat(invitations().findByTokenDigest(newDigest)).contains(resent);
            assertThat(invitations().findByTokenDigest(first.tokenDigest())).isEmpty();
        }

        @Test
        @DisplayName("a batch update changes every invitation in it and no other")
        void batch() {
            Invitation one = added(TestData.invitation().email("one@example.com"));
            Invitation two = added(TestData.invitation().email("two@example.com"));
            Invitation untouched = added(TestData.invitation().email("three@example.com"));

            inWrite(() -> invitations().updateAll(List.of(one.withRole(Role.CONTRIBUTOR), two.revoked())));

            assertThat(stored(one)).isEqualTo(one.withRole(Role.CONTRIBUTOR));
            assertThat(stored(two)).isEqualTo(two.revoked());
            assertThat(stored(untouched)).isEqualTo(untouched);
        }

        @Test
        @DisplayName("a revocation is seen at once: lookups show it REVOKED and it can no longer be accepted")
        void revocation() {
            Invitation invitation = added(TestData.invitation());

            inWrite(() -> invitations().updateAll(List.of(invitation.revoked())));

            assertThat(invitations().findByTokenDigest(invitation.tokenDigest()).orElseThrow().status()).isEqualTo(InvitationStatus.REVOKED);
            assertThat(invitations().findPending(TENANT, invitation.media(), List.of(invitation.email()))).isEmpty();
            assertThat(fromWrite(() -> invitations().markAccepted(TENANT, invitation.id(), NOW, ParticipantId.of("p-1")))).isFalse();
            assertThat(stored(invitation).status()).isEqualTo(InvitationStatus.REVOKED);
        }

        @Test
        @DisplayName("updating an unknown invitation stores nothing")
        void unknown() {
            Invitation never = TestData.invitation().build();

            inWrite(() -> invitations().updateAll(List.of(never)));

            assertThat(invitations().find(TENANT, never.id())).isEmpty();
            assertThat(invitations().findByTokenDigest(never.tokenDigest())).isEmpty();
        }
    }

    @Nested
    @DisplayName("accepting")
    class Accepting {
        @Test
        @DisplayName("a PENDING invitation is marked ACCEPTED once, at the given time, by the given member")
        void acceptsOnce() {
            Invitation invitation = added(TestData.invitation());
            ParticipantId member = ParticipantId.of("member-1");

            assertThat(fromWrite(() -> invitations().markAccepted(TENANT, invitation.id(), LATER, member))).isTrue();

            assertThat(stored(invitation)).isEqualTo(invitation.accepted(LATER, member));
        }

        @Test
        @DisplayName("a second acceptance is refused and the first member stays")
        void secondRefused() {
            Invitation invitation = added(TestData.invitation());
            inWrite(() -> invitations().markAccepted(TENANT, invitation.id(), LATER, ParticipantId.of("first")));

            assertThat(fromWrite(() -> invitations().markAccepted(TENANT, invitation.id(), LATER.plusSeconds(1),
                    ParticipantId.of("second")))).isFalse();

            assertThat(stored(invitation)).isEqualTo(invitation.accepted(LATER, ParticipantId.of("first")));
        }

        @Test
        @DisplayName("an unknown invitation, or one of another tenant, cannot be accepted")
        void unknownOrOtherTenant() {
            Invitation invitation = added(TestData.invitation());

            assertThat(fromWrite(() -> invitations().markAccepted(TENANT, InvitationId.of("no-such"), LATER, ParticipantId.of("m"))))
                    .isFalse();
            assertThat(fromWrite(() -> invitations().markAccepted(OTHER_TENANT, invitation.id(), LATER, ParticipantId.of("m"))))
                    .isFalse();
            assertThat(stored(invitation)).isEqualTo(invitation);
        }
    }

    @Nested
    @DisplayName("under concurrency")
    class UnderConcurrency {
        @Test
        @DisplayName("of 32 concurrent acceptances of one invitation exactly one succeeds, and its member is stored, every round")
        void acceptedAtMostOnce() {
            try (Race race = new Race(32)) {
                for (int round = 0; round < 20; round++) {
                    Invitation invitation = added(TestData.invitation().email("round" + round + "@example.com"));
                    AtomicInteger caller = new AtomicInteger();
                    List<ParticipantId> winners = new java.util.concurrent.CopyOnWriteArrayList<>();

                    int accepted = race.countTrue(() -> {
                        ParticipantId member = ParticipantId.of("member-" + caller.incrementAndGet());
                        boolean won = fromWrite(() -> invitations().markAccepted(TENANT, invitation.id(), LATER, member));
                        if (won) {
                            winners.add(member);
                        }
                        return won;
                    });

                    assertThat(accepted).as("acceptances in round %s", round).isEqualTo(1);
                    assertThat(stored(invitation).member()).as("stored member in round %s", round).contains(winners.get(0));
                }
            }
        }
    }

    @Nested
    @DisplayName("in transactions")
    class InTransactions {
        @Test
        @DisplayName("a batch added in a write that fails is not kept, and its emails stay free")
        void addRolledBack() {
            Invitation invitation = TestData.invitation().email("ann@example.com").build();

            inFailedWrite(() -> invitations().addAll(List.of(invitation)));

            assertThat(invitations().find(TENANT, invitation.id())).isEmpty();
            assertThat(invitations().findByTokenDigest(invitation.tokenDigest())).isEmpty();
            assertThat(invitations().listForMedia(TENANT, invitation.media())).isEmpty();
            assertThat(invitations().findPending(TENANT, invitation.media(), List.of(invitation.email()))).isEmpty();
            Invitation again = added(TestData.invitation().email("ann@example.com"));
            assertThat(invitations().find(TENANT, again.id())).contains(again);
        }

        @Test
        @DisplayName("an update in a write that fails is not kept: the old digest still finds the old terms")
        void updateRolledBack() {
            Invitation invitation = added(TestData.invitation());
            TokenDigest newDigest = tokens.digest(tokens.mint());

            inFailedWrite(() -> invitations().updateAll(List.of(
                    invitation.reissued(Role.CONTRIBUTOR, Optional.empty(), TestData.OWNER_NAME, newDigest, LATER))));

            assertThat(invitations().findByTokenDigest(invitation.tokenDigest())).contains(invitation);
            assertThat(invitations().findByTokenDigest(newDigest)).isEmpty();
        }

        @Test
        @DisplayName("an acceptance in a write that fails is not kept: the invitation stays PENDING and can be accepted")
        void acceptanceRolledBack() {
            Invitation invitation = added(TestData.invitation());

            inFailedWrite(() -> invitations().markAccepted(TENANT, invitation.id(), LATER, ParticipantId.of("m")));

            assertThat(stored(invitation)).isEqualTo(invitation);
            assertThat(invitations().findPending(TENANT, invitation.media(), List.of(invitation.email()))).containsExactly(invitation);
            assertThat(fromWrite(() -> invitations().markAccepted(TENANT, invitation.id(), LATER, ParticipantId.of("m")))).isTrue();
        }
    }

    @Nested
    @DisplayName("secrets")
    class Secrets {
        @Test
        @DisplayName("storage holds an invitation's token digest, never the token itself")
        void noTokenStored() {
            String token = tokens.mint();
            Invitation invitation = added(TestData.invitation().token(token));

            Invitation stored = invitations().findByTokenDigest(tokens.digest(token)).orElseThrow();

            assertThat(stored.tokenDigest()).isEqualTo(tokens.digest(token));
            assertRevealsNoToken(stored, token);
            assertRevealsNoToken(invitations().listForMedia(TENANT, invitation.media()), token);
            assertThat(invitations().findByTokenDigest(new TokenDigest(token))).as("looked up by the raw token").isEmpty();
        }
    }
}
