package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.contract.TransactionsContract;
import java.time.Clock;

class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected AccessStorage createStorage(Clock clock) {
        return InMemoryStorage.create();
    }
}
