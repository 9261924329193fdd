package dev.mediaaccess.persistence.jdbi;

import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings a database to the newest schema with Flyway; already-applied versions are skipped. */
final class SchemaMigrations {
    private static final String MIGRATIONS = "classpath:dev/mediaaccess/persistence/jdbi/migration/";

    private SchemaMigrations() {}

    static FluentConfiguration flyway(DataSource dataSource, SqlDialect dialect, Optional<String> schema) {
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS + dialect.migrationFolder())
                .table("media_access_schema_history")
                .failOnMissingLocations(true);
        schema.ifPresent(name -> flyway.schemas(name).defaultSchema(name).createSchemas(true));
        return flyway;
    }

    static void migrate(DataSource dataSource, SqlDialect dialect, Optional<String> schema) {
        flyway(dataSource, dialect, schema).load().migrate();
    }
}
