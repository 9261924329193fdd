package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.contract.ParticipantsContract;
import java.time.Clock;

class InMemoryParticipantsTest extends ParticipantsContract {
    @Override
    protected AccessStorage createStorage(Clock clock) {
        return InMemoryStorage.create();
    }
}
