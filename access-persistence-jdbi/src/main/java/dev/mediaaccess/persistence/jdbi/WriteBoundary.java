package dev.mediaaccess.persistence.jdbi;

import org.jdbi.v3.core.Handle;

/** How a dialect opens and closes the outermost write transaction on a handle. */
interface WriteBoundary {
    void begin(Handle handle);

    void commit(Handle handle);

    void rollback(Handle handle);

    /**
     * SQLite: {@code BEGIN IMMEDIATE} takes the database's write lock up front, so a transaction that has read never
     * fails later when it tries to write. The statements are issued by hand on a connection left in JDBC autocommit
     * mode: sqlite-jdbc's own {@code transaction_mode=IMMEDIATE} re-runs {@code BEGIN IMMEDIATE} right after every
     * commit, so each write would take the lock twice.
     */
    static WriteBoundary sqliteImmediate() {
        return new WriteBoundary() {
            @Override
            public void begin(Handle handle) {
                handle.execute("BEGIN IMMEDIATE");
            }

            @Override
            public void commit(Handle handle) {
                handle.execute("COMMIT");
            }

            @Override
            public void rollback(Handle handle) {
                handle.execute("ROLLBACK");
            }
        };
    }

    /** PostgreSQL: an ordinary JDBC transaction at the server's default isolation (READ COMMITTED). */
    static WriteBoundary jdbc() {
        return new WriteBoundary() {
            @Override
            public void begin(Handle handle) {
                handle.begin();
            }

            @Override
            public void commit(Handle handle) {
                handle.commit();
            }

            @Override
            public void rollback(Handle handle) {
                handle.rollback();
            }
        };
    }
}
