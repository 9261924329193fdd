package dev.mediaaccess.persistence.jdbi;

import org.jdbi.v3.core.Jdbi;

/** SQLite: one file, one writer at a time. */
final class SqliteDialect implements SqlDialect {
    /** Well below every SQLite build's limit on bound parameters (999 before 3.32). */
    private static final AnyOf EMAILS = new InLists(500);

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

    @Override
    public AnyOf manyEmails() {
        return EMAILS;
    }
}
