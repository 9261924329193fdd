package dev.mediaaccess.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pragmas are set on every connection of the pool, including the ones Hikari opens to replace evicted ones. */
class SqlitePragmasTest {
    private static final int POOL_SIZE = 4;

    @TempDir
    Path tempDir;

    @Test
    void everyPooledConnectionHasEveryPragma() throws SQLException {
        try (HikariDataSource pool = SqlitePool.open(tempDir.resolve("p.db"), POOL_SIZE, Synchronous.FULL, Duration.ofMillis(7_000), Duration.ofSeconds(5))) {
            assertEveryConnection(pool, "2", "7000");

            pool.getHikariPoolMXBean().softEvictConnections();

            assertEveryConnection(pool, "2", "7000");
        }
    }

    @Test
    void normalSynchronousIsAppliedWhenChosen() throws SQLException {
        try (HikariDataSource pool = SqlitePool.open(tempDir.resolve("n.db"), POOL_SIZE, Synchronous.NORMAL, Duration.ofMillis(1_234), Duration.ofSeconds(5))) {
            assertEveryConnection(pool, "1", "1234");
        }
    }

    /** Holds every connection of the pool at once, so each physical connection is checked, not one of them four times. */
    private static void assertEveryConnection(HikariDataSource pool, String synchronous, String busyTimeout) throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                held.add(pool.getConnection());
            }
            for (Connection connection : held) {
                assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
                assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(connection, "synchronous")).isEqualTo(synchronous);
                assertThat(pragma(connection, "busy_timeout")).isEqualTo(busyTimeout);
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
