package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.contract.OneTimeCodesContract;
import java.time.Clock;

class InMemoryOneTimeCodesTest extends OneTimeCodesContract {
    @Override
    protected AccessStorage createStorage(Clock clock) {
        return InMemoryStorage.create();
    }
}
