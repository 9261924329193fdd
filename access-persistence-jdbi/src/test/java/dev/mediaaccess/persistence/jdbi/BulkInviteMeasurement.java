package dev.mediaaccess.persistence.jdbi;

import com.zaxxer.hikari.HikariDataSource;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.media.model.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Times {@code Invitations.addAll} of 10,000 invitations against the same rows sent with plain JDBC
 * {@code executeBatch} in one transaction on a pool built the same way, on SQLite and on the embedded PostgreSQL. Not a test; run by hand like
 * {@link PoolSizeMeasurement}. Prints the best of several rounds for each.
 */
public final class BulkInviteMeasurement {
    private static final int INVITATIONS = 10_000;
    private static final int ROUNDS = 7;

    private BulkInviteMeasurement() {}

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("bulk-invite");
        measure("sqlite", () -> {
            Path file = directory.resolve("bulk-" + System.nanoTime() + ".db");
            JdbiStorage.sqlite(file).open().close();
            return SqlitePool.open(file, 2, Synchronous.FULL, Duration.ofSeconds(10), Duration.ofSeconds(30));
        });
        measure("postgresql", () -> {
            String schema = EmbeddedPostgresServer.freshSchemaName();
            EmbeddedPostgresServer.storageInSchema(schema).open().close();
            return PostgresPool.open(EmbeddedPostgresServer.jdbcUrl(), "postgres", "postgres", Optional.of(schema), 2, Duration.ofSeconds(30));
        });
        System.exit(0);
    }

    /** @param migratedPool a new pool on a new, migrated, empty database, as the storage builders make it */
    private static void measure(String name, Supplier<HikariDataSource> migratedPool) throws SQLException {
        long bestAdapter = Long.MAX_VALUE;
        long bestRaw = Long.MAX_VALUE;
        Dialect dialect = name.equals("sqlite") ? Dialect.SQLITE : Dialect.POSTGRESQL;
        for (int round = 0; round < ROUNDS; round++) {
            try (HikariDataSource pool = migratedPool.get(); JdbiStorage storage = JdbiStorage.dataSource(pool, dialect).open()) {
                List<Invitation> batch = invitations();
                long start = System.nanoTime();
                storage.invitations().addAll(batch);
                bestAdapter = Math.min(bestAdapter, System.nanoTime() - start);
            }
            try (HikariDataSource pool = migratedPool.get()) {
                List<Invitation> batch = invitations();
                long start = System.nanoTime();
                rawBatch(pool, batch);
                bestRaw = Math.min(bestRaw, System.nanoTime() - start);
            }
        }
        System.out.printf("%-10s addAll %6.1f ms   raw executeBatch %6.1f ms   adapter at %3.0f%% of raw speed%n",
                name, bestAdapter / 1e6, bestRaw / 1e6, 100.0 * bestRaw / bestAdapter);
    }

    private static List<Invitation> invitations() {
        Media media = Fixtures.media();
        List<Invitation> batch = new ArrayList<>();
        for (int i = 0; i < INVITATIONS; i++) {
            batch.add(Fixtures.invitation(media, "invitee" + i + "@example.com"));
        }
        return batch;
    }

    private static void rawBatch(DataSource dataSource, List<Invitation> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insertAll(connection, batch);
        }
    }

    private static void insertAll(Connection connection, List<Invitation> batch) throws SQLException {
        boolean sqlite = connection.getMetaData().getURL().startsWith("jdbc:sqlite");
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO invitation (tenant, id, media, email, role, message, invited_by, token_digest, status,
                                        created_at, expires_at, accepted_at, member)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            begin(connection, sqlite);
            for (Invitation invitation : batch) {
                insert.setString(1, invitation.tenant().value());
                insert.setString(2, invitation.id().value());
                insert.setString(3, invitation.media().value());
                insert.setString(4, invitation.email().value());
                insert.setString(5, invitation.role().name());
                insert.setString(6, null);
                insert.setString(7, invitation.invitedBy().value());
                insert.setString(8, invitation.tokenDigest().value());
                insert.setString(9, invitation.status().name());
                insert.setLong(10, Columns.nanos(invitation.createdAt()));
                insert.setLong(11, Columns.nanos(invitation.expiresAt()));
                insert.setObject(12, null, java.sql.Types.BIGINT);
                insert.setString(13, null);
                insert.addBatch();
            }
            insert.executeBatch();
            commit(connection, sqlite);
        }
    }

    private static void begin(Connection connection, boolean sqlite) throws SQLException {
        if (sqlite) {
            connection.createStatement().execute("BEGIN IMMEDIATE");
        } else {
            connection.setAutoCommit(false);
        }
    }

    private static void commit(Connection connection, boolean sqlite) throws SQLException {
        if (sqlite) {
            connection.createStatement().execute("COMMIT");
        } else {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }
}
