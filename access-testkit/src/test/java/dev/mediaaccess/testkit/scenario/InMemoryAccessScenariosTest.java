package dev.mediaaccess.testkit.scenario;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.memory.InMemoryStorage;
import java.time.Clock;

class InMemoryAccessScenariosTest extends AccessScenarios {
    @Override
    protected AccessStorage createStorage(Clock clock) {
        return InMemoryStorage.create();
    }
}
