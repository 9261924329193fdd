package dev.mediaaccess.persistence.jdbi;

import org.jdbi.v3.core.Jdbi;

/** PostgreSQL: a server shared by several application instances. */
final class PostgresDialect implements SqlDialect {
    @Override
    public String migrationFolder() {
        return "postgresql";
    }

    /** Nothing to add: the driver keeps frequently run statements prepared on the server by itself. */
    @Override
    public void configure(Jdbi jdbi) {}

    @Override
    public WriteBoundary writeBoundary() {
        return WriteBoundary.jdbc();
    }
}
