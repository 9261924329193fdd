package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.storage.Transactions;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Binds one Jdbi handle to the current thread for the length of a {@link #write} or {@link #read}; every port call
 * inside uses it, through {@link #withHandle}. A nested write joins the outer transaction under a savepoint, so that
 * if it throws, what it wrote is undone and the outer work may go on. A write nested in a read starts the
 * transaction on the read's handle. Outside any transaction, a port call runs on a short handle of its own.
 */
final class ThreadBoundTransactions implements Transactions {
    private final Jdbi jdbi;
    private final WriteBoundary boundary;
    private final ThreadLocal<Scope> current = new ThreadLocal<>();

    ThreadBoundTransactions(Jdbi jdbi, WriteBoundary boundary) {
        this.jdbi = jdbi;
        this.boundary = boundary;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        Scope scope = current.get();
        if (scope != null) {
            return scope.writeDepth == 0 ? transaction(scope, work) : underSavepoint(scope, work);
        }
        return onNewHandle(bound -> transaction(bound, work));
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return current.get() != null ? work.get() : onNewHandle(bound -> work.get());
    }

    /** Runs a port call on the current transaction's handle, or on a short handle of its own outside any. */
    <T> T withHandle(Function<Handle, T> call) {
        Scope scope = current.get();
        if (scope != null) {
            return call.apply(scope.handle);
        }
        try (Handle handle = jdbi.open()) {
            return call.apply(handle);
        }
    }

    /**
     * Runs a batch that no expected refusal can stop halfway (audit records, updates by primary key) atomically. Inside
     * a write it simply joins it: the write is already atomic, and a savepoint would make SQLite journal every page the
     * batch touches a second time. Outside a write it runs in a write of its own. A batch that may be refused halfway
     * (an insert that meets a unique rule) uses {@link #write}, whose savepoint lets the caller's transaction go on.
     */
    <T> T atomically(Function<Handle, T> call) {
        Scope scope = current.get();
        if (scope != null && scope.writeDepth > 0) {
            return call.apply(scope.handle);
        }
        return write(() -> withHandle(call));
    }

    private <T> T onNewHandle(Function<Scope, T> work) {
        try (Handle handle = jdbi.open()) {
            Scope scope = new Scope(handle);
            current.set(scope);
            try {
                return work.apply(scope);
            } finally {
                current.remove();
            }
        }
    }

    private <T> T transaction(Scope scope, Supplier<T> work) {
        boundary.begin(scope.handle);
        scope.writeDepth = 1;
        try {
            T result = work.get();
            boundary.commit(scope.handle);
            return result;
        } catch (RuntimeException | Error failure) {
            rollbackQuietly(scope, failure);
            throw failure;
        } finally {
            scope.writeDepth = 0;
        }
    }

    private <T> T underSavepoint(Scope scope, Supplier<T> work) {
        String savepoint = "nested_write_" + scope.writeDepth;
        scope.handle.execute("SAVEPOINT " + savepoint);
        scope.writeDepth++;
        try {
            T result = work.get();
            scope.handle.execute("RELEASE SAVEPOINT " + savepoint);
            return result;
        } catch (RuntimeException | Error failure) {
            try {
                scope.handle.execute("ROLLBACK TO SAVEPOINT " + savepoint);
                scope.handle.execute("RELEASE SAVEPOINT " + savepoint);
            } catch (RuntimeException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        } finally {
            scope.writeDepth--;
        }
    }

    private void rollbackQuietly(Scope scope, Throwable failure) {
        try {
            boundary.rollback(scope.handle);
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** The handle bound to a thread, and how deep in nested writes the thread is. */
    private static final class Scope {
        final Handle handle;
        int writeDepth;

        Scope(Handle handle) {
            this.handle = handle;
        }
    }
}
