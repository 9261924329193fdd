package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.contract.AccessStorageContract;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The whole compatibility kit on SQLite: each test gets a new database file. */
class SqliteStorageKitTest extends AccessStorageContract {
    @TempDir
    static Path directory;

    private static final AtomicInteger FILES = new AtomicInteger();
    private final OpenedStorages opened = new OpenedStorages();

    @Override
    protected AccessStorage createStorage(Clock clock) {
        return opened.track(JdbiStorage.sqlite(directory.resolve("kit-" + FILES.incrementAndGet() + ".db")).open());
    }

    @AfterEach
    void closeStorages() {
        opened.closeAll();
    }
}
