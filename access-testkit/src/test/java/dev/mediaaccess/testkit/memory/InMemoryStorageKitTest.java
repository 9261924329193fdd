package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.contract.AccessStorageContract;
import java.time.Clock;

/** Runs the kit through its one-class aggregator, the way an adapter would; the per-port tests beside it run it port by port. */
class InMemoryStorageKitTest extends AccessStorageContract {
    @Override
    protected AccessStorage createStorage(Clock clock) {
        return InMemoryStorage.create();
    }
}
