package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.contract.AccessStorageContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

/** The whole compatibility kit on a real PostgreSQL server: each test gets a fresh schema. */
class PostgresStorageKitTest extends AccessStorageContract {
    private final OpenedStorages opened = new OpenedStorages();

    @Override
    protected AccessStorage createStorage(Clock clock) {
        return opened.track(EmbeddedPostgresServer.storageInFreshSchema().open());
    }

    @AfterEach
    void closeStorages() {
        opened.closeAll();
    }
}
