package dev.mediaaccess.core.storage;

import java.util.function.Supplier;

/**
 * Port: the transaction boundary. Every use case runs inside one call, so it is atomic in any adapter: if the work
 * throws, nothing it wrote through the storage ports is kept. Calls may nest; a nested call joins the outer one.
 */
public interface Transactions {
    /** Runs work that may write. Adapters start it so that it cannot fail later for lock upgrades (SQLite: BEGIN IMMEDIATE). */
    <T> T write(Supplier<T> work);

    /** Runs work that only reads. It sees committed data; adapters may run it without an explicit transaction. */
    <T> T read(Supplier<T> work);
}
