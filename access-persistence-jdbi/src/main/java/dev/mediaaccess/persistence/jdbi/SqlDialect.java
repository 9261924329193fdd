package dev.mediaaccess.persistence.jdbi;

import java.sql.SQLException;
import java.util.List;
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

    /** The {@code INSERT ... VALUES ...}, made to insert nothing (update count 0) where it would break a unique key. */
    String insertUnlessDuplicate(String insert);

    /**
     * The {@code INSERT ... VALUES ...}, made to overwrite the {@code replaced} columns of the row that already has
     * its {@code key}, if there is one.
     */
    String upsert(String insert, List<String> key, List<String> replaced);

    /** How a query finds rows by many emails at once. */
    AnyOf manyEmails();
}
