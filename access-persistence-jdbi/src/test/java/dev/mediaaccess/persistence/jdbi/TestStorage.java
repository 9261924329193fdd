package dev.mediaaccess.persistence.jdbi;

import java.nio.file.Path;

/** Opens storage of either dialect for a test: a new SQLite file in the test's directory, or a fresh schema. */
final class TestStorage {
    private TestStorage() {}

    static JdbiStorage open(Dialect dialect, Path tempDir) {
        return switch (dialect) {
            case SQLITE -> JdbiStorage.sqlite(tempDir.resolve("access.db")).open();
            case POSTGRESQL -> EmbeddedPostgresServer.storageInFreshSchema().open();
        };
    }
}
