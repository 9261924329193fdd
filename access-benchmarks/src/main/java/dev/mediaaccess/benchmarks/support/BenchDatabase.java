package dev.mediaaccess.benchmarks.support;

import dev.mediaaccess.persistence.jdbi.JdbiStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh database for one benchmark trial: the JDBI storage the core runs on, and raw JDBC connections to the very
 * same database for the baselines. SQLite: a new file under {@code access-benchmarks/target/bench-db}. PostgreSQL:
 * a new schema in this JVM's embedded server.
 */
public final class BenchDatabase implements AutoCloseable {
    public enum Kind { SQLITE, POSTGRESQL }

    private static final Path DIRECTORY = Path.of(System.getProperty("bench.dir", "access-benchmarks/target/bench-db"));
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private final Kind kind;
    private final JdbiStorage storage;
    private final String rawUrl;
    private final Path sqliteFile;

    private BenchDatabase(Kind kind, JdbiStorage storage, String rawUrl, Path sqliteFile) {
        this.kind = kind;
        this.storage = storage;
        this.rawUrl = rawUrl;
        this.sqliteFile = sqliteFile;
    }

    /** A fresh database with the adapter's shipped default pool size. */
    public static BenchDatabase open(Kind kind) {
        return open(kind, OptionalInt.empty());
    }

    public static BenchDatabase open(Kind kind, OptionalInt poolSize) {
        return switch (kind) {
            case SQLITE -> sqlite(newSqliteFile(), poolSize, true);
            case POSTGRESQL -> postgres(poolSize);
        };
    }

    /** An existing SQLite file (e.g. the cached scale database), kept on close. */
    public static BenchDatabase existingSqlite(Path file) {
        return sqlite(file, OptionalInt.empty(), false);
    }

    private static BenchDatabase sqlite(Path file, OptionalInt poolSize, boolean deleteOnClose) {
        JdbiStorage.SqliteBuilder builder = JdbiStorage.sqlite(file);
        poolSize.ifPresent(builder::poolSize);
        return new BenchDatabase(Kind.SQLITE, builder.open(), "jdbc:sqlite:" + file.toAbsolutePath(), deleteOnClose ? file : null);
    }

    private static BenchDatabase postgres(OptionalInt poolSize) {
        String url = EmbeddedPostgresServer.jdbcUrl();
        String schema = "bench_" + SCHEMAS.incrementAndGet();
        JdbiStorage.PostgresBuilder builder = JdbiStorage.postgres(url, "postgres", "postgres").schema(schema);
        poolSize.ifPresent(builder::poolSize);
        JdbiStorage storage = builder.open();
        return new BenchDatabase(Kind.POSTGRESQL, storage, url + "&currentSchema=" + schema, null);
    }

    private static Path newSqliteFile() {
        try {
            Files.createDirectories(DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DIRECTORY.resolve("access-" + UUID.randomUUID() + ".db");
    }

    public Kind kind() {
        return kind;
    }

    public JdbiStorage storage() {
        return storage;
    }

    /**
     * A plain JDBC connection to the same database, configured as the adapter's connections are (SQLite: WAL is
     * already in the file, same busy timeout) but without pool, Jdbi or mapping. The caller closes it.
     */
    public Connection rawConnection() {
        try {
            Connection connection = DriverManager.getConnection(rawUrl, "postgres", "postgres");
            if (kind == Kind.SQLITE) {
                try (var statement = connection.createStatement()) {
                    statement.execute("PRAGMA busy_timeout = 10000");
                    statement.execute("PRAGMA synchronous = FULL");
                }
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("could not open a raw connection to " + rawUrl, e);
        }
    }

    @Override
    public void close() {
        storage.close();
        if (sqliteFile != null) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(sqliteFile + suffix));
                } catch (IOException ignored) {
                    // a leftover file under target/ is harmless
                }
            }
        }
    }
}
