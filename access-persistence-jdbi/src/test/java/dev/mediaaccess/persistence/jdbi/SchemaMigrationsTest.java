package dev.mediaaccess.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migrations bring any database to one and the same schema: an empty one, or one left at any earlier version. They
 * can run again, and from two places at once.
 */
class SchemaMigrationsTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyEarlierVersionMigratesToTheSameSchemaAsAnEmptyDatabase(Dialect dialect) {
        Database fresh = newDatabase(dialect);
        List<MigrationVersion> versions = fresh.versions();
        assertThat(versions).as("migrations found for " + dialect).isNotEmpty();
        fresh.migrate(Optional.empty());
        String expected = fresh.schema();
        fresh.close();

        for (MigrationVersion version : versions) {
            Database earlier = newDatabase(dialect);
            earlier.migrate(Optional.of(version));
            assertThat(earlier.appliedVersions()).last().isEqualTo(version);

            earlier.migrate(Optional.empty());

            assertThat(earlier.schema()).as("migrated from version " + version).isEqualTo(expected);
            assertThat(earlier.appliedVersions()).isEqualTo(versions);
            earlier.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migratingAgainChangesNothing(Dialect dialect) {
        Database database = newDatabase(dialect);
        database.migrate(Optional.empty());
        String once = database.schema();

        assertThat(SchemaMigrations.flyway(database.pool, dialect.strategy(), database.schemaName).load().migrate().migrationsExecuted).isZero();
        assertThat(database.schema()).isEqualTo(once);
        database.close();
    }

    /** Two pools stand for two processes starting at the same moment on one new database. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void twoMigrationsAtOnceBothSucceedAndApplyEachVersionOnce(Dialect dialect) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Database first = newDatabase(dialect);
                Database second = first.again();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> both = new ArrayList<>();
                for (Database database : List.of(first, second)) {
                    both.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        database.migrate(Optional.empty());
                        return null;
                    }));
                }
                for (Future<?> migration : both) {
                    migration.get(60, TimeUnit.SECONDS);
                }

                assertThat(first.appliedVersions()).isEqualTo(first.versions());
                assertThat(first.historyRows()).isEqualTo(first.versions().size());
                first.close();
                second.close();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private Database newDatabase(Dialect dialect) {
        int number = DATABASES.incrementAndGet();
        return switch (dialect) {
            case SQLITE -> new Database(dialect, tempDir.resolve("migrate-" + number + ".db"), Optional.empty());
            case POSTGRESQL -> new Database(dialect, null, Optional.of(EmbeddedPostgresServer.freshSchemaName()));
        };
    }

    /** One database under test, reached through its own pool. */
    private static final class Database {
        final Dialect dialect;
        final Path file;
        final Optional<String> schemaName;
        final HikariDataSource pool;

        Database(Dialect dialect, Path file, Optional<String> schemaName) {
            this.dialect = dialect;
            this.file = file;
            this.schemaName = schemaName;
            this.pool = dialect == Dialect.SQLITE
                    ? SqlitePool.open(file, 2, Synchronous.FULL, Duration.ofSeconds(10), Duration.ofSeconds(30))
                    : PostgresPool.open(EmbeddedPostgresServer.jdbcUrl(), "postgres", "postgres", schemaName, 2, Duration.ofSeconds(30));
        }

        Database again() {
            return new Database(dialect, file, schemaName);
        }

        /** Every migration version the classpath holds for this dialect. */
        List<MigrationVersion> versions() {
            return versioned(SchemaMigrations.flyway(pool, dialect.strategy(), schemaName).load().info().all());
        }

        List<MigrationVersion> appliedVersions() {
            return versioned(SchemaMigrations.flyway(pool, dialect.strategy(), schemaName).load().info().applied());
        }

        /** PostgreSQL's history also records the creation of the schema, without a version: that is no migration. */
        private static List<MigrationVersion> versioned(MigrationInfo[] infos) {
            List<MigrationVersion> versions = new ArrayList<>();
            for (MigrationInfo info : infos) {
                if (info.getVersion() != null) {
                    versions.add(info.getVersion());
                }
            }
            return versions;
        }

        void migrate(Optional<MigrationVersion> target) {
            var flyway = SchemaMigrations.flyway(pool, dialect.strategy(), schemaName);
            target.ifPresent(flyway::target);
            flyway.load().migrate();
        }

        int historyRows() {
            return Jdbi.create(pool).withHandle(handle -> handle
                    .createQuery("SELECT count(*) FROM media_access_schema_history WHERE success AND version IS NOT NULL")
                    .mapTo(Integer.class).one());
        }

        /** Every table, column, index and constraint, as text that does not depend on the schema's name. */
        String schema() {
            String sql = dialect == Dialect.SQLITE
                    ? "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
                    : """
                    SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                           || ' ' || coalesce(column_default, '') || ' #' || ordinal_position
                    FROM information_schema.columns WHERE table_schema = :schema
                    UNION ALL
                    SELECT 'index ' || indexname || ': ' || replace(indexdef, :schema || '.', '')
                    FROM pg_indexes WHERE schemaname = :schema
                    UNION ALL
                    SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ': ' || pg_get_constraintdef(oid)
                    FROM pg_constraint WHERE connamespace = (SELECT oid FROM pg_namespace WHERE nspname = :schema)
                    ORDER BY 1""";
            return Jdbi.create(pool).withHandle(handle -> {
                var query = handle.createQuery(sql);
                schemaName.ifPresent(name -> query.bind("schema", name));
                return String.join("\n", query.mapTo(String.class).list());
            }).replace(schemaName.map(name -> name + ".").orElse("\u0000"), "");
        }

        void close() {
            pool.close();
        }
    }
}
