package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.contract.PassesContract;
import java.time.Clock;

class InMemoryPassesTest extends PassesContract {
    @Override
    protected AccessStorage createStorage(Clock clock) {
        return InMemoryStorage.create();
    }
}
