package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.contract.InvitationsContract;
import java.time.Clock;

class InMemoryInvitationsTest extends InvitationsContract {
    @Override
    protected AccessStorage createStorage(Clock clock) {
        return InMemoryStorage.create();
    }
}
