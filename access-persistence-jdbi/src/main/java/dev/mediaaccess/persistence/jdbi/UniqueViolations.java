package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.storage.ConflictingWrite;
import java.sql.SQLException;
import java.util.function.Supplier;

/** Turns a unique-constraint violation, as the dialect recognises one, into the port's {@link ConflictingWrite}. */
final class UniqueViolations {
    private final SqlDialect dialect;

    UniqueViolations(SqlDialect dialect) {
        this.dialect = dialect;
    }

    <T> T asConflicts(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            if (isUniqueViolation(failure)) {
                throw new ConflictingWrite(what, failure);
            }
            throw failure;
        }
    }

    /** Looks through the causes, and through each batch's chained exceptions, where drivers report a row's failure. */
    private boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (dialect.isUniqueViolation(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
