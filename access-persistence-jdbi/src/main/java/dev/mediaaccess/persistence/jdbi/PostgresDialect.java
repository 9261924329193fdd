package dev.mediaaccess.persistence.jdbi;

import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** PostgreSQL: a server shared by several application instances. */
final class PostgresDialect implements SqlDialect {
    private static final AnyOf EMAILS = new ValueArray();
    private static final String UNIQUE_VIOLATION = "23505";

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

    @Override
    public boolean isUniqueViolation(SQLException failure) {
        return UNIQUE_VIOLATION.equals(failure.getSQLState());
    }

    @Override
    public String insertUnlessDuplicate(String insert) {
        return OnConflict.doNothing(insert);
    }

    @Override
    public String upsert(String insert, List<String> key, List<String> replaced) {
        return OnConflict.doUpdate(insert, key, replaced);
    }

    /**
     * One array rather than IN lists: PostgreSQL hashes the array, so a fresh table whose statistics still say
     * "empty" (which makes the planner filter rows through an IN list) costs no more than an indexed lookup per email.
     */
    @Override
    public AnyOf manyEmails() {
        return EMAILS;
    }
}
