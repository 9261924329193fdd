package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.OneTimeCode;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The guarantees that must hold across processes: 64 real threads race through two storages on one database, each
 * with its own pool (and on SQLite its own write gate), as two processes sharing the store would.
 */
class RacingStoresTest {
    private static final int THREADS = 64;

    @TempDir
    Path tempDir;

    private final OpenedStorages opened = new OpenedStorages();
    private ExecutorService pool;

    @BeforeEach
    void startThreads() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        opened.closeAll();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void guestJoinsNeverExceedTheMaximum(Dialect dialect) throws Exception {
        JdbiStorage[] stores = twoStoresOnOneDatabase(dialect);
        Media media = Fixtures.media();
        GuestLink link = Fixtures.link(media, Fixtures.maxJoins(10));
        stores[0].media().add(media);
        stores[0].guestLinks().add(link);

        int joined = race(racer -> {
            JdbiStorage storage = stores[racer % 2];
            return storage.transactions().write(() -> {
                if (!storage.guestLinks().tryConsumeJoin(TENANT, link.id())) {
                    return false;
                }
                storage.participants().add(Fixtures.guest(link, "guest" + racer + "@example.com"));
                return true;
            });
        });

        assertThat(joined).isEqualTo(10);
        assertThat(stores[1].guestLinks().find(TENANT, link.id()).orElseThrow().joinCount()).isEqualTo(10);
        assertThat(stores[1].participants().listForMedia(TENANT, media.id())).hasSize(10);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anInvitationIsAcceptedOnce(Dialect dialect) throws Exception {
        JdbiStorage[] stores = twoStoresOnOneDatabase(dialect);
        Invitation invitation = Fixtures.invitation(Fixtures.media(), "ann@example.com");
        stores[0].invitations().addAll(List.of(invitation));

        int accepted = race(racer -> stores[racer % 2].transactions().write(() -> stores[racer % 2].invitations()
                .markAccepted(TENANT, invitation.id(), Fixtures.NOW, ParticipantId.of("member-" + racer))));

        assertThat(accepted).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void codeAttemptsNeverExceedTheMaximum(Dialect dialect) throws Exception {
        JdbiStorage[] stores = twoStoresOnOneDatabase(dialect);
        Invitation invitation = Fixtures.invitation(Fixtures.media(), "ann@example.com");
        stores[0].oneTimeCodes().put(OneTimeCode.issued(TENANT, invitation.id(),
                Fixtures.TOKENS.codeDigest(invitation.id().value(), "123456"), Fixtures.NOW));

        int attempts = race(racer -> stores[racer % 2].oneTimeCodes().tryAttempt(TENANT, invitation.id(), 5));

        assertThat(attempts).isEqualTo(5);
        assertThat(stores[0].oneTimeCodes().find(TENANT, invitation.id()).orElseThrow().attempts()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void oneGuestPerLinkAndEmailAndOnePendingInvitationPerEmail(Dialect dialect) throws Exception {
        JdbiStorage[] stores = twoStoresOnOneDatabase(dialect);
        Media media = Fixtures.media();
        GuestLink link = Fixtures.link(media, GuestLinkSettings.open());

        int guests = race(racer -> succeeds(() -> stores[racer % 2].transactions().write(() -> {
            stores[racer % 2].participants().add(Fixtures.guest(link, "ann@example.com"));
            return null;
        })));
        int invitations = race(racer -> succeeds(() -> stores[racer % 2].invitations()
                .addAll(List.of(Fixtures.invitation(media, "bob@example.com")))));

        assertThat(guests).isEqualTo(1);
        assertThat(invitations).isEqualTo(1);
        assertThat(stores[0].participants().listForMedia(TENANT, media.id())).hasSize(1);
        assertThat(stores[0].invitations().listForMedia(TENANT, media.id())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRevocationStopsEveryLaterJoinInTheOtherStore(Dialect dialect) throws Exception {
        JdbiStorage[] stores = twoStoresOnOneDatabase(dialect);
        GuestLink link = Fixtures.link(Fixtures.media(), GuestLinkSettings.open());
        stores[0].guestLinks().add(link);

        stores[0].transactions().write(() -> {
            stores[0].guestLinks().update(link.revokedAt(Fixtures.NOW));
            return null;
        });

        assertThat(race(racer -> stores[1].guestLinks().tryConsumeJoin(TENANT, link.id()))).isZero();
        assertThat(stores[1].guestLinks().find(TENANT, link.id()).orElseThrow().revoked()).isTrue();
    }

    private JdbiStorage[] twoStoresOnOneDatabase(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> new JdbiStorage[] {
                opened.track(JdbiStorage.sqlite(tempDir.resolve("shared.db")).open()),
                opened.track(JdbiStorage.sqlite(tempDir.resolve("shared.db")).open())};
            case POSTGRESQL -> {
                String schema = EmbeddedPostgresServer.freshSchemaName();
                yield new JdbiStorage[] {
                    opened.track(EmbeddedPostgresServer.storageInSchema(schema).open()),
                    opened.track(EmbeddedPostgresServer.storageInSchema(schema).open())};
            }
        };
    }

    /** Releases every racer at once; returns how many answered true. */
    private int race(IntPredicate racer) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int number = i;
            answers.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return racer.test(number);
            }));
        }
        int trues = 0;
        for (Future<Boolean> answer : answers) {
            trues += answer.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        return trues;
    }

    private static boolean succeeds(Runnable work) {
        try {
            work.run();
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
