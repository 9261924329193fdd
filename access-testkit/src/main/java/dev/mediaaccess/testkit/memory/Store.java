package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.storage.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The one lock and undo log that every in-memory port shares. A write holds the write lock from start to end, so
 * writes are serial and readers never see uncommitted data; every change registers how to undo itself, and a write
 * that throws runs those undos newest first. A nested write joins the outer one; if it throws, only its own changes
 * are undone (a savepoint), so a port call that fails half-way never leaves half of itself behind.
 */
final class Store implements Transactions {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private List<Runnable> undoLog = new ArrayList<>();

    @Override
    public <T> T write(Supplier<T> work) {
        if (lock.isWriteLockedByCurrentThread()) {
            return runUndoingOnFailure(work);
        }
        if (lock.getReadHoldCount() > 0) {
            throw new IllegalStateException("a write cannot start inside a read: run the whole use case in write()");
        }
        lock.writeLock().lock();
        try {
            undoLog = new ArrayList<>();
            return runUndoingOnFailure(work);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A write that returns nothing. */
    void change(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }

    @Override
    public <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Registers how to undo a change just made; call only inside {@link #write}. */
    void onRollback(Runnable undo) {
        undoLog.add(undo);
    }

    private <T> T runUndoingOnFailure(Supplier<T> work) {
        int savepoint = undoLog.size();
        boolean completed = false;
        try {
            T result = work.get();
            completed = true;
            return result;
        } finally {
            if (!completed) {
                rollbackTo(savepoint);
            }
        }
    }

    private void rollbackTo(int savepoint) {
        for (int i = undoLog.size() - 1; i >= savepoint; i--) {
            undoLog.remove(i).run();
        }
    }
}
