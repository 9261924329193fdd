package dev.mediaaccess.persistence.jdbi;

import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;

/**
 * Everything the adapter does differently on one database. Each database is one implementation plus one folder of
 * migration scripts; the rest of the adapter asks its dialect instead of testing which database it runs on.
 */
interface SqlDialect {
    /** The folder under {@code dev/mediaaccess/persistence/jdbi/migration/} holding this database's Flyway scripts. */
    String migrationFolder();

    /** Fits Jdbi to this database's driver, before the first statement. */
    void configure(Jdbi jdbi);

    /** How the outermost write transaction begins, commits and rolls back. */
    WriteBoundary writeBoundary();

    /** Whether this exception itself (not its causes) reports a row refused by a unique key or index. */
    boolean isUniqueViolation(SQLException failure);

    /** How a query finds rows by many emails at once. */
    AnyOf manyEmails();
}
