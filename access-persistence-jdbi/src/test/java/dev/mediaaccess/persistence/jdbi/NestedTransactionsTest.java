package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.Participant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the kit does not pin down: a nested write that fails is undone on its own (it ran under a savepoint), and a
 * transaction stays usable after a refused write, which on PostgreSQL would otherwise abort the whole transaction.
 */
class NestedTransactionsTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFailedNestedWriteIsUndoneWhileTheOuterWriteGoesOn(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            Media media = Fixtures.media();
            GuestLink link = Fixtures.link(media, GuestLinkSettings.open());
            IllegalStateException failure = new IllegalStateException("inner use case refused");

            storage.transactions().write(() -> {
                storage.media().add(media);
                assertThatThrownBy(() -> storage.transactions().write(() -> {
                    storage.guestLinks().add(link);
                    throw failure;
                })).isSameAs(failure);
                assertThat(storage.guestLinks().find(TENANT, link.id())).as("inside the outer write").isEmpty();
                return null;
            });

            assertThat(storage.media().find(TENANT, media.id())).contains(media);
            assertThat(storage.guestLinks().find(TENANT, link.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aTransactionGoesOnAfterADuplicateIsRefused(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            Media media = Fixtures.media();
            GuestLink link = Fixtures.link(media, GuestLinkSettings.open());
            Participant ann = Fixtures.guest(link, "ann@example.com");
            Participant annAgain = Fixtures.guest(link, "ann@example.com");
            Invitation pending = Fixtures.invitation(media, "bob@example.com");
            Invitation pendingAgain = Fixtures.invitation(media, "bob@example.com");

            storage.transactions().write(() -> {
                storage.participants().add(ann);
                storage.invitations().addAll(List.of(pending));
                assertThatThrownBy(() -> storage.participants().add(annAgain)).isInstanceOf(RuntimeException.class);
                assertThatThrownBy(() -> storage.invitations().addAll(List.of(pendingAgain))).isInstanceOf(RuntimeException.class);
                storage.media().add(media);
                return null;
            });

            assertThat(storage.media().find(TENANT, media.id())).contains(media);
            assertThat(storage.participants().listForMedia(TENANT, media.id())).containsExactly(ann);
            assertThat(storage.invitations().listForMedia(TENANT, media.id())).containsExactly(pending);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aWriteInsideAReadCommitsOnItsOwn(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            Media media = Fixtures.media();
            Media other = Fixtures.media();

            assertThatThrownBy(() -> storage.transactions().read(() -> {
                storage.transactions().write(() -> storage.media().add(media));
                storage.transactions().write(() -> {
                    storage.media().add(other);
                    throw new IllegalStateException("refused");
                });
                return null;
            })).hasMessage("refused");

            assertThat(storage.media().find(TENANT, media.id())).contains(media);
            assertThat(storage.media().find(TENANT, other.id())).isEmpty();
        }
    }
}
