package dev.mediaaccess.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.secret.Tokens;
import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.fixtures.MutableClock;
import dev.mediaaccess.testkit.fixtures.TestData;
import dev.mediaaccess.testkit.fixtures.TestSecrets;
import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract of the kit shares: a fresh, empty storage for each test, made by the adapter under test from a
 * clock standing still at {@link TestData#NOW}, and helpers to run work in transactions.
 */
public abstract class StorageContract {
    protected static final TenantId TENANT = TestData.TENANT;
    protected static final TenantId OTHER_TENANT = TestData.OTHER_TENANT;

    /** Mints and derives tokens the way the core does, under the testkit's fixed host secret. */
    protected final Tokens tokens = TestSecrets.tokens();

    protected MutableClock clock;
    protected AccessStorage storage;

    /** A new, empty storage. It may read the clock (for example to stamp rows); the kit never moves it. */
    protected abstract AccessStorage createStorage(Clock clock);

    @BeforeEach
    void createEmptyStorage() {
        clock = MutableClock.atTestNow();
        storage = createStorage(clock);
    }

    /** Runs work in one committed write transaction. */
    protected void inWrite(Runnable work) {
        storage.transactions().write(() -> {
            work.run();
            return null;
        });
    }

    /** Runs work in one committed write transaction and returns its result. */
    protected <T> T fromWrite(Supplier<T> work) {
        return storage.transactions().write(work);
    }

    /** Runs work in a write transaction that then throws, and checks the exception reached the caller unchanged. */
    protected void inFailedWrite(Runnable work) {
        RuntimeException failure = new IllegalStateException("the use case failed after writing");
        assertThatThrownBy(() -> storage.transactions().write(() -> {
            work.run();
            throw failure;
        })).isSameAs(failure);
    }

    /** Checks that a stored value, as the storage returns it, shows no trace of the token it was made from. */
    protected static void assertRevealsNoToken(Object stored, String token) {
        assertThat(String.valueOf(stored)).as("stored value").doesNotContain(token);
    }
}
