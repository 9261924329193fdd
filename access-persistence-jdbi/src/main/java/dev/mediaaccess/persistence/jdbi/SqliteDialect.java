package dev.mediaaccess.persistence.jdbi;

import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** SQLite: one file, one writer at a time. */
final class SqliteDialect implements SqlDialect {
    /** Well below every SQLite build's limit on bound parameters (999 before 3.32). */
    private static final AnyOf EMAILS = new InLists(500);
    private static final int SQLITE_CONSTRAINT = 19;

    @Override
    public String migrationFolder() {
        return "sqlite";
    }

    /** Neither sqlite-jdbc nor Hikari keeps prepared statements, so the adapter does (see {@link ReusedStatements}). */
    @Override
    public void configure(Jdbi jdbi) {
        jdbi.setStatementBuilderFactory(ReusedStatements.FACTORY);
    }

    @Override
    public WriteBoundary writeBoundary() {
        return WriteBoundary.sqliteImmediate();
    }

    /**
     * Every constraint failure is {@code SQLITE_CONSTRAINT} in the low byte of the (extended) result code; the
     * message tells a unique key or index (primary keys included) from NOT NULL, CHECK and foreign keys.
     */
    @Override
    public boolean isUniqueViolation(SQLException failure) {
        return (failure.getErrorCode() & 0xFF) == SQLITE_CONSTRAINT && failure.getMessage().contains("UNIQUE");
    }

    @Override
    public String insertUnlessDuplicate(String insert) {
        return OnConflict.doNothing(insert);
    }

    @Override
    public String upsert(String insert, List<String> key, List<String> replaced) {
        return OnConflict.doUpdate(insert, key, replaced);
    }

    @Override
    public AnyOf manyEmails() {
        return EMAILS;
    }
}
