package dev.mediaaccess.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.media.model.Media;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes start with {@code BEGIN IMMEDIATE}: they hold SQLite's write lock from their first moment, never upgrade late. */
class SqliteWriteLockTest {
    @TempDir
    Path tempDir;

    @Test
    void aWriteHoldsTheWriteLockBeforeItsFirstStatement() throws SQLException {
        Path file = tempDir.resolve("lock.db");
        try (JdbiStorage storage = JdbiStorage.sqlite(file).open(); Connection outsider = rawConnection(file)) {
            storage.transactions().write(() -> {
                assertThatThrownBy(() -> beginImmediate(outsider)).isInstanceOf(SQLException.class).hasMessageContaining("SQLITE_BUSY");
                return null;
            });

            beginImmediate(outsider);
            rollback(outsider);
        }
    }

    @Test
    void aReadTakesNoWriteLock() throws SQLException {
        Path file = tempDir.resolve("read.db");
        try (JdbiStorage storage = JdbiStorage.sqlite(file).open(); Connection outsider = rawConnection(file)) {
            storage.transactions().read(() -> {
                storage.media().find(Fixtures.TENANT, Fixtures.media().id());
                try {
                    beginImmediate(outsider);
                    rollback(outsider);
                } catch (SQLException e) {
                    throw new AssertionError("a read blocked a writer", e);
                }
                return null;
            });
        }
    }

    /**
     * Each racer reads, then writes, in one transaction: the pattern that fails with SQLITE_BUSY under deferred
     * transactions, because a reader cannot upgrade to a writer once another writer has committed. Two storages on one
     * file stand for two processes: the in-process write gate does not serialise them, SQLite's lock does.
     */
    @Test
    void readThenWriteTransactionsNeverFailUnderConcurrency() throws Exception {
        Path file = tempDir.resolve("race.db");
        int threads = 64;
        int writesPerThread = 10;
        try (JdbiStorage first = JdbiStorage.sqlite(file).open(); JdbiStorage second = JdbiStorage.sqlite(file).open()) {
            Media media = Fixtures.media();
            first.media().add(media);
            GuestLink link = Fixtures.link(media, GuestLinkSettings.open());
            first.guestLinks().add(link);

            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<?>> racers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbiStorage storage = t % 2 == 0 ? first : second;
                racers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < writesPerThread; i++) {
                        try {
                            storage.transactions().write(() -> {
                                int before = storage.guestLinks().find(Fixtures.TENANT, link.id()).orElseThrow().joinCount();
                                storage.guestLinks().tryConsumeJoin(Fixtures.TENANT, link.id());
                                return before;
                            });
                        } catch (RuntimeException failure) {
                            failures.add(failure);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> racer : racers) {
                racer.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(failures).isEmpty();
            assertThat(first.guestLinks().find(Fixtures.TENANT, link.id()).orElseThrow().joinCount()).isEqualTo(threads * writesPerThread);
        }
    }

    private static Connection rawConnection(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
        }
        return connection;
    }

    private static void beginImmediate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
        }
    }

    private static void rollback(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        }
    }
}
