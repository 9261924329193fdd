package dev.mediaaccess.persistence.jdbi;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM, started on first use and stopped when the JVM exits. Each test takes a
 * fresh schema of its own, so tests never see each other's rows and no server restarts between them.
 */
final class EmbeddedPostgresServer {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the server's directory is temporary
                }
            }));
        }
        return server;
    }

    static String jdbcUrl() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    static String freshSchemaName() {
        return "test_" + SCHEMAS.incrementAndGet();
    }

    /** Storage in a schema no other test uses. */
    static JdbiStorage.PostgresBuilder storageInFreshSchema() {
        return storageInSchema(freshSchemaName());
    }

    static JdbiStorage.PostgresBuilder storageInSchema(String schema) {
        return JdbiStorage.postgres(jdbcUrl(), "postgres", "postgres").schema(schema).poolSize(8);
    }
}
