package dev.mediaaccess.core.storage;

/**
 * Thrown by a storage port when a write lost a race to one of the port's uniqueness guarantees: another transaction
 * stored the same participant or pending invitation first. Nothing of the losing write is kept; the use case that
 * caused it may run again from the start, and will then see the winner's row.
 */
public final class ConflictingWrite extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictingWrite(String message) {
        super(message);
    }

    public ConflictingWrite(String message, Throwable cause) {
        super(message, cause);
    }
}
