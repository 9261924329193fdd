package dev.mediaaccess.persistence.jdbi;

/**
 * SQLite's {@code PRAGMA synchronous} in WAL mode: how hard a commit pushes its data to the disk before it returns.
 */
public enum Synchronous {
    /**
     * The WAL is synced on every commit: once a write transaction returns, it survives a process crash, an
     * operating system crash and a power cut. The default.
     */
    FULL,
    /**
     * The WAL is synced only at checkpoints: commits are faster and the database never corrupts, but the last
     * commits before an operating system crash or power cut may be lost (a process crash alone loses nothing).
     */
    NORMAL
}
