package dev.mediaaccess.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.testkit.fixtures.GuestLinkBuilder;
import dev.mediaaccess.testkit.fixtures.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link GuestLinks}. Extend it and implement {@link #createStorage}. */
@DisplayName("GuestLinks contract")
public abstract class GuestLinksContract extends StorageContract {
    private static final Instant NOW = TestData.NOW;

    private GuestLinks links() {
        return storage.guestLinks();
    }

    private GuestLink added(GuestLinkBuilder builder) {
        GuestLink link = builder.build();
        inWrite(() -> links().add(link));
        return link;
    }

    private int joinCount(GuestLink link) {
        return links().find(link.tenant(), link.id()).orElseThrow().joinCount();
    }

    @Nested
    @DisplayName("adding and finding")
    class AddingAndFinding {
        @Test
        @DisplayName("a stored link is found by its id exactly as it was added")
        void findsById() {
            GuestLink link = added(TestData.guestLink().label("Press").expiresAt(NOW.plusSeconds(60)).maxJoins(5)
                    .allowedDomains("example.com", "example.org"));

            assertThat(links().find(TENANT, link.id())).contains(link);
        }

        @Test
        @DisplayName("a stored link is found by the digest of its current token")
        void findsByDigest() {
            GuestLink link = added(TestData.guestLink());

            assertThat(links().findByTokenDigest(link.tokenDigest())).contains(link);
        }

        @Test
        @DisplayName("an unknown id finds nothing")
        void unknownId() {
            added(TestData.guestLink());

            assertThat(links().find(TENANT, GuestLinkId.of("no-such-link"))).isEmpty();
        }

        @Test
        @DisplayName("an unknown digest finds nothing")
        void unknownDigest() {
            added(TestData.guestLink());

            assertThat(links().findByTokenDigest(tokens.digest(tokens.mint()))).isEmpty();
        }

        @Test
        @DisplayName("a link is never found under another tenant, even for the same id")
        void tenantIsolation() {
            GuestLink ours = added(TestData.guestLink().id("shared-id"));

            assertThat(links().find(OTHER_TENANT, ours.id())).isEmpty();

            GuestLink theirs = added(TestData.guestLink().id("shared-id").tenant(OTHER_TENANT).seed("their-seed"));
            assertThat(links().find(TENANT, ours.id())).contains(ours);
            assertThat(links().find(OTHER_TENANT, ours.id())).contains(theirs);
        }

        @Test
        @DisplayName("adding a second link with the same id fails and keeps the first")
        void duplicateId() {
            GuestLink first = added(TestData.guestLink().id("link-x").label("first"));
            GuestLink second = TestData.guestLink().id("link-x").label("second").seed("another-seed").build();

            assertThatThrownBy(() -> inWrite(() -> links().add(second))).isInstanceOf(RuntimeException.class);
            assertThat(links().find(TENANT, first.id())).contains(first);
            assertThat(links().findByTokenDigest(second.tokenDigest())).isEmpty();
        }
    }

    @Nested
    @DisplayName("listing and counting")
    class ListingAndCounting {
        private final MediaId media = MediaId.of("listed-media");

        @Test
        @DisplayName("a media item without links lists none and counts zero")
        void empty() {
            assertThat(links().listForMedia(TENANT, media)).isEmpty();
            assertThat(links().countActive(TENANT, media)).isZero();
        }

        @Test
        @DisplayName("links are listed oldest first, ties broken by id, revoked ones included")
        void oldestFirst() {
            GuestLink newest = added(TestData.guestLink().id("a-newest").media(media).createdAt(NOW.plusSeconds(20)));
            GuestLink tieB = added(TestData.guestLink().id("b-tie").media(media).createdAt(NOW.plusSeconds(10)));
            GuestLink oldest = added(TestData.guestLink().id("z-oldest").media(media).createdAt(NOW).revokedAt(NOW.plusSeconds(5)));
            GuestLink tieA = added(TestData.guestLink().id("a-tie").media(media).createdAt(NOW.plusSeconds(10)));

            assertThat(links().listForMedia(TENANT, media)).containsExactly(oldest, tieA, tieB, newest);
        }

        @Test
        @DisplayName("a listing holds only the links of that media item of that tenant")
        void onlyThatMedia() {
            GuestLink ours = added(TestData.guestLink().media(media));
            added(TestData.guestLink().media(MediaId.of("other-media")));
            added(TestData.guestLink().media(media).tenant(OTHER_TENANT));

            assertThat(links().listForMedia(TENANT, media)).containsExactly(ours);
        }

        @Test
        @DisplayName("countActive counts the links of the media item that are not revoked, in that tenant only")
        void countsActive() {
            added(TestData.guestLink().media(media));
            added(TestData.guestLink().media(media).maxJoins(1).joinCount(1));
            added(TestData.guestLink().media(media).expiresAt(NOW.minusSeconds(1)));
            added(TestData.guestLink().media(media).revokedAt(NOW));
            added(TestData.guestLink().media(MediaId.of("other-media")));
            added(TestData.guestLink().media(media).tenant(OTHER_TENANT));

            assertThat(links().countActive(TENANT, media)).isEqualTo(3);
            assertThat(links().countActive(OTHER_TENANT, media)).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("updating")
    class Updating {
        @Test
        @DisplayName("update stores new settings")
        void storesSettings() {
            GuestLink link = added(TestData.guestLink());
            GuestLinkSettings settings = new GuestLinkSettings(Optional.of("Renamed"), Optional.of(NOW.plus(Duration.ofDays(1))),
                    Optional.of(3), Set.of("example.com"), link.settings().admission());

            inWrite(() -> links().update(link.withSettings(settings)));

            assertThat(links().find(TENANT, link.id())).contains(link.withSettings(settings));
        }

        @Test
        @DisplayName("after a rotation the new digest finds the link and the old digest finds nothing")
        void rotation() {
            GuestLink link = added(TestData.guestLink());
            String seed = tokens.newSeed();
            TokenDigest newDigest = tokens.digest(tokens.guestLinkToken(seed));

            inWrite(() -> links().update(link.rotated(seed, newDigest)));

            assertThat(links().findByTokenDigest(link.tokenDigest())).isEmpty();
            assertThat(links().findByTokenDigest(newDigest)).contains(link.rotated(seed, newDigest));
            assertThat(links().find(TENANT, link.id()).orElseThrow().tokenSeed()).isEqualTo(seed);
        }

        @Test
        @DisplayName("a revocation is seen at once by every lookup and is counted out")
        void revocation() {
            GuestLink link = added(TestData.guestLink());
            GuestLink revoked = link.revokedAt(NOW.plusSeconds(30));

            inWrite(() -> links().update(revoked));

            assertThat(links().find(TENANT, link.id())).contains(revoked);
            assertThat(links().findByTokenDigest(link.tokenDigest())).contains(revoked);
            assertThat(links().listForMedia(TENANT, link.media())).containsExactly(revoked);
            assertThat(links().countActive(TENANT, link.media())).isZero();
        }

        @Test
        @DisplayName("update never writes joinCount: joins counted since the caller read the link are kept")
        void neverWritesJoinCount() {
            GuestLink stale = added(TestData.guestLink().maxJoins(10));
            inWrite(() -> links().tryConsumeJoin(TENANT, stale.id()));
            inWrite(() -> links().tryConsumeJoin(TENANT, stale.id()));

            inWrite(() -> links().update(stale.withSettings(stale.settings())));
            assertThat(joinCount(stale)).isEqualTo(2);

            GuestLink inflated = new GuestLink(stale.id(), stale.tenant(), stale.media(), stale.settings(), stale.tokenSeed(),
                    stale.tokenDigest(), 9, false, stale.createdAt(), Optional.empty());
            inWrite(() -> links().update(inflated));
            assertThat(joinCount(stale)).isEqualTo(2);
        }

        @Test
        @DisplayName("updating an unknown link stores nothing")
        void unknown() {
            GuestLink never = TestData.guestLink().build();

            inWrite(() -> links().update(never));

            assertThat(links().find(TENANT, never.id())).isEmpty();
            assertThat(links().findByTokenDigest(never.tokenDigest())).isEmpty();
        }

        @Test
        @DisplayName("updating a link leaves the same id of another tenant alone")
        void otherTenantUntouched() {
            GuestLink ours = added(TestData.guestLink().id("shared-id"));
            GuestLink theirs = added(TestData.guestLink().id("shared-id").tenant(OTHER_TENANT).seed("their-seed"));

            inWrite(() -> links().update(ours.revokedAt(NOW)));

            assertThat(links().find(OTHER_TENANT, theirs.id())).contains(theirs);
        }
    }

    @Nested
    @DisplayName("consuming joins")
    class ConsumingJoins {
        @Test
        @DisplayName("a link with a maximum admits exactly that many joins, then refuses without counting")
        void upToMaximum() {
            GuestLink link = added(TestData.guestLink().maxJoins(3));

            for (int i = 0; i < 3; i++) {
                assertThat(fromWrite(() -> links().tryConsumeJoin(TENANT, link.id()))).as("join %s", i + 1).isTrue();
            }
            assertThat(fromWrite(() -> links().tryConsumeJoin(TENANT, link.id()))).isFalse();
            assertThat(joinCount(link)).isEqualTo(3);
        }

        @Test
        @DisplayName("a link without a maximum admits every join and counts each")
        void unlimited() {
            GuestLink link = added(TestData.guestLink());

            for (int i = 0; i < 25; i++) {
                assertThat(fromWrite(() -> links().tryConsumeJoin(TENANT, link.id()))).isTrue();
            }
            assertThat(joinCount(link)).isEqualTo(25);
        }

        @Test
        @DisplayName("a join is counted only on the link it names")
        void onlyThatLink() {
            GuestLink link = added(TestData.guestLink());
            GuestLink other = added(TestData.guestLink());

            inWrite(() -> links().tryConsumeJoin(TENANT, link.id()));

            assertThat(joinCount(link)).isEqualTo(1);
            assertThat(joinCount(other)).isZero();
        }

        @Test
        @DisplayName("a revoked link admits no join and keeps its count")
        void revoked() {
            GuestLink link = added(TestData.guestLink().joinCount(2));
            inWrite(() -> links().update(link.revokedAt(NOW)));

            assertThat(fromWrite(() -> links().tryConsumeJoin(TENANT, link.id()))).isFalse();
            assertThat(joinCount(link)).isEqualTo(2);
        }

        @Test
        @DisplayName("lowering the maximum below the joins made refuses further joins")
        void loweredMaximum() {
            GuestLink link = added(TestData.guestLink().maxJoins(10).joinCount(4));
            inWrite(() -> links().update(link.withSettings(new GuestLinkSettings(Optional.empty(), Optional.empty(),
                    Optional.of(2), Set.of(), link.settings().admission()))));

            assertThat(fromWrite(() -> links().tryConsumeJoin(TENANT, link.id()))).isFalse();
            assertThat(joinCount(link)).isEqualTo(4);
        }

        @Test
        @DisplayName("an unknown link admits no join")
        void unknown() {
            assertThat(fromWrite(() -> links().tryConsumeJoin(TENANT, GuestLinkId.of("no-such-link")))).isFalse();
        }

        @Test
        @DisplayName("a link admits no join under another tenant's id")
        void otherTenant() {
            GuestLink link = added(TestData.guestLink());

            assertThat(fromWrite(() -> links().tryConsumeJoin(OTHER_TENANT, link.id()))).isFalse();
            assertThat(joinCount(link)).isZero();
        }
    }

    @Nested
    @DisplayName("under concurrency")
    class UnderConcurrency {
        private static final int ROUNDS = 20;

        @Test
        @DisplayName("64 concurrent joins on a link with maxJoins 10 admit exactly 10 and count 10, every round")
        void maximumNeverExceeded() {
            try (Race race = new Race(64)) {
                for (int round = 0; round < ROUNDS; round++) {
                    GuestLink link = added(TestData.guestLink().maxJoins(10));

                    int admitted = race.countTrue(() -> fromWrite(() -> links().tryConsumeJoin(TENANT, link.id())));

                    assertThat(admitted).as("admitted in round %s", round).isEqualTo(10);
                    assertThat(joinCount(link)).as("joinCount in round %s", round).isEqualTo(10);
                }
            }
        }

        @Test
        @DisplayName("no concurrent join is lost on a link without a maximum")
        void noLostJoins() {
            try (Race race = new Race(32)) {
                for (int round = 0; round < ROUNDS / 4; round++) {
                    GuestLink link = added(TestData.guestLink());

                    int admitted = race.countTrue(() -> fromWrite(() -> links().tryConsumeJoin(TENANT, link.id())));

                    assertThat(admitted).isEqualTo(32);
                    assertThat(joinCount(link)).isEqualTo(32);
                }
            }
        }

        @Test
        @DisplayName("updates racing with joins lose none of the joins")
        void updatesLoseNoJoins() {
            try (Race race = new Race(32)) {
                for (int round = 0; round < ROUNDS / 4; round++) {
                    GuestLink stale = added(TestData.guestLink());
                    AtomicInteger caller = new AtomicInteger();

                    int joins = race.countTrue(() -> {
                        if (caller.incrementAndGet() % 2 == 0) {
                            inWrite(() -> links().update(stale.withSettings(stale.settings())));
                            return false;
                        }
                        return fromWrite(() -> links().tryConsumeJoin(TENANT, stale.id()));
                    });

                    assertThat(joins).isEqualTo(16);
                    assertThat(joinCount(stale)).isEqualTo(16);
                }
            }
        }
    }

    @Nested
    @DisplayName("in transactions")
    class InTransactions {
        @Test
        @DisplayName("a link added in a write that fails is not kept")
        void addRolledBack() {
            GuestLink link = TestData.guestLink().build();

            inFailedWrite(() -> links().add(link));

            assertThat(links().find(TENANT, link.id())).isEmpty();
            assertThat(links().findByTokenDigest(link.tokenDigest())).isEmpty();
            assertThat(links().listForMedia(TENANT, link.media())).isEmpty();
            assertThat(links().countActive(TENANT, link.media())).isZero();
        }

        @Test
        @DisplayName("a join counted in a write that fails is not kept")
        void joinRolledBack() {
            GuestLink link = added(TestData.guestLink().maxJoins(1));

            inFailedWrite(() -> links().tryConsumeJoin(TENANT, link.id()));

            assertThat(joinCount(link)).isZero();
            assertThat(fromWrite(() -> links().tryConsumeJoin(TENANT, link.id()))).isTrue();
        }

        @Test
        @DisplayName("a rotation and revocation in a write that fails are not kept")
        void updateRolledBack() {
            GuestLink link = added(TestData.guestLink());
            String seed = tokens.newSeed();
            TokenDigest newDigest = tokens.digest(tokens.guestLinkToken(seed));

            inFailedWrite(() -> links().update(link.rotated(seed, newDigest).revokedAt(NOW)));

            assertThat(links().find(TENANT, link.id())).contains(link);
            assertThat(links().findByTokenDigest(link.tokenDigest())).contains(link);
            assertThat(links().findByTokenDigest(newDigest)).isEmpty();
            assertThat(links().countActive(TENANT, link.media())).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("secrets")
    class Secrets {
        @Test
        @DisplayName("storage holds a link's seed and token digest, never the token itself")
        void noTokenStored() {
            String seed = tokens.newSeed();
            String token = tokens.guestLinkToken(seed);
            GuestLink link = added(TestData.guestLink().seed(seed));
            assertThat(link.tokenDigest()).isEqualTo(tokens.digest(token));

            GuestLink stored = links().findByTokenDigest(tokens.digest(token)).orElseThrow();

            assertThat(stored.tokenSeed()).isEqualTo(seed);
            assertRevealsNoToken(stored, token);
            assertRevealsNoToken(links().listForMedia(TENANT, link.media()), token);
            assertThat(links().findByTokenDigest(new TokenDigest(token))).as("looked up by the raw token").isEmpty();
        }
    }
}
