package dev.mediaaccess.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.testkit.fixtures.MediaBuilder;
import dev.mediaaccess.testkit.fixtures.TestData;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link MediaCatalog}. Extend it and implement {@link #createStorage}. */
@DisplayName("MediaCatalog contract")
public abstract class MediaCatalogContract extends StorageContract {
    private static final Instant NOW = TestData.NOW;
    private static final UserId OWNER = TestData.OWNER;
    private static final UserId SOMEONE_ELSE = UserId.of("someone-else");
    private MediaCatalog catalog() {
        return storage.media();
    }

    private Media added(MediaBuilder builder) {
        Media media = builder.build();
        assertThat(fromWrite(() -> catalog().add(media))).as("added").isTrue();
        return media;
    }

    @Nested
    @DisplayName("adding and finding")
    class AddingAndFinding {
        @Test
        @DisplayName("a media item is found by tenant and id exactly as added")
        void finds() {
            Media media = added(TestData.media().kind(MediaKind.ROOM_SESSION).title("Weekly sync").guestAccess(true));

            assertThat(catalog().find(TENANT, media.id())).contains(media);
        }

        @Test
        @DisplayName("adding an id the tenant already has returns false and keeps the first item")
        void duplicate() {
            Media first = added(TestData.media().title("First"));

            boolean added = fromWrite(() -> catalog().add(TestData.media().title("Second").owner(UserId.of("someone")).build()));

            assertThat(added).isFalse();
            assertThat(catalog().find(TENANT, first.id())).contains(first);
        }

        @Test
        @DisplayName("an unknown id finds nothing")
        void unknown() {
            added(TestData.media());

            assertThat(catalog().find(TENANT, MediaId.of("no-such-media"))).isEmpty();
        }

        @Test
        @DisplayName("the same id in two tenants names two different items, each found only in its own tenant")
        void tenantIsolation() {
            Media ours = added(TestData.media().title("Ours"));
            assertThat(catalog().find(OTHER_TENANT, ours.id())).isEmpty();

            Media theirs = added(TestData.media().tenant(OTHER_TENANT).title("Theirs"));

            assertThat(catalog().find(TENANT, ours.id())).contains(ours);
            assertThat(catalog().find(OTHER_TENANT, ours.id())).contains(theirs);
        }
    }

    @Nested
    @DisplayName("listing by owner")
    class ListingByOwner {
        @Test
        @DisplayName("an owner's items are listed exactly as added, and only theirs")
        void onlyTheirs() {
            Media video = added(TestData.media().id("m-video").title("Lecture"));
            Media room = added(TestData.media().id("m-room").kind(MediaKind.ROOM_SESSION).title("Weekly sync")
                    .guestAccess(true).createdAt(NOW.plusSeconds(1)));
            Media theirs = added(TestData.media().id("m-theirs").owner(SOMEONE_ELSE).createdAt(NOW.minusSeconds(1)));

            assertThat(catalog().listOwnedBy(TENANT, OWNER)).containsExactly(video, room);
            assertThat(catalog().listOwnedBy(TENANT, SOMEONE_ELSE)).containsExactly(theirs);
        }

        @Test
        @DisplayName("items are listed oldest first, ties broken by id, whatever order they were added in")
        void oldestFirst() {
            Media last = added(TestData.media().id("a-last").createdAt(NOW.plusSeconds(20)));
            Media tieB = added(TestData.media().id("b-tie").createdAt(NOW.plusSeconds(10)));
            Media first = added(TestData.media().id("z-first").createdAt(NOW));
            Media tieA = added(TestData.media().id("a-tie").createdAt(NOW.plusSeconds(10)));

            assertThat(catalog().listOwnedBy(TENANT, OWNER)).containsExactly(first, tieA, tieB, last);
        }

        @Test
        @DisplayName("someone who owns nothing gets an empty listing")
        void empty() {
            assertThat(catalog().listOwnedBy(TENANT, OWNER)).isEmpty();

            added(TestData.media().owner(SOMEONE_ELSE));

            assertThat(catalog().listOwnedBy(TENANT, OWNER)).isEmpty();
        }

        @Test
        @DisplayName("the same user id in another tenant is another person: neither lists the other's items")
        void tenantIsolation() {
            Media ours = added(TestData.media().id("m-ours").title("Ours"));
            assertThat(catalog().listOwnedBy(OTHER_TENANT, OWNER)).isEmpty();

            Media theirs = added(TestData.media().id("m-theirs").tenant(OTHER_TENANT).title("Theirs"));
            Media sameId = added(TestData.media().id("m-ours").tenant(OTHER_TENANT).title("Theirs too"));

            assertThat(catalog().listOwnedBy(TENANT, OWNER)).containsExactly(ours);
            assertThat(catalog().listOwnedBy(OTHER_TENANT, OWNER)).containsExactly(sameId, theirs);
        }

        @Test
        @DisplayName("the listing shows an item as last updated")
        void showsUpdates() {
            Media media = added(TestData.media());

            inWrite(() -> catalog().update(media.withGuestAccess(true)));

            assertThat(catalog().listOwnedBy(TENANT, OWNER)).containsExactly(media.withGuestAccess(true));
        }
    }

    @Nested
    @DisplayName("updating")
    class Updating {
        @Test
        @DisplayName("update replaces the stored item")
        void replaces() {
            Media media = added(TestData.media());

            inWrite(() -> catalog().update(media.withGuestAccess(true)));

            assertThat(catalog().find(TENANT, media.id())).contains(media.withGuestAccess(true));
        }

        @Test
        @DisplayName("update leaves the same id of another tenant alone")
        void otherTenantUntouched() {
            Media ours = added(TestData.media());
            Media theirs = added(TestData.media().tenant(OTHER_TENANT));

            inWrite(() -> catalog().update(ours.withGuestAccess(true)));

            assertThat(catalog().find(OTHER_TENANT, theirs.id())).contains(theirs);
        }

        @Test
        @DisplayName("updating an unknown item stores nothing")
        void unknown() {
            Media never = TestData.media().id("never-added").build();

            inWrite(() -> catalog().update(never));

            assertThat(catalog().find(TENANT, never.id())).isEmpty();
        }
    }

    @Nested
    @DisplayName("in transactions")
    class InTransactions {
        @Test
        @DisplayName("an item added in a write that fails is not kept, and its id can be added again")
        void addRolledBack() {
            Media media = TestData.media().build();

            inFailedWrite(() -> catalog().add(media));

            assertThat(catalog().find(TENANT, media.id())).isEmpty();
            assertThat(catalog().listOwnedBy(TENANT, media.owner())).isEmpty();
            assertThat(fromWrite(() -> catalog().add(media))).isTrue();
        }

        @Test
        @DisplayName("an update in a write that fails is not kept")
        void updateRolledBack() {
            Media media = added(TestData.media());

            inFailedWrite(() -> catalog().update(media.withGuestAccess(true)));

            assertThat(catalog().find(TENANT, media.id())).contains(media);
        }
    }
}
