package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.storage.ConflictingWrite;
import java.sql.SQLException;
import java.util.function.Supplier;

/** Turns a database's unique-constraint violation into the port's {@link ConflictingWrite}. */
final class UniqueViolations {
    private static final String POSTGRES_UNIQUE_VIOLATION = "23505";
    private static final int SQLITE_CONSTRAINT = 19;

    private UniqueViolations() {}

    static <T> T asConflicts(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            if (isUniqueViolation(failure)) {
                throw new ConflictingWrite(what, failure);
            }
            throw failure;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (POSTGRES_UNIQUE_VIOLATION.equals(next.getSQLState())
                            || (next.getErrorCode() & 0xFF) == SQLITE_CONSTRAINT && next.getMessage().contains("UNIQUE")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
