package dev.mediaaccess.testkit;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.core.tenant.TenantSettings;
import dev.mediaaccess.core.tenant.Tenants;
import dev.mediaaccess.testkit.fixtures.DeterministicTokenSource;
import dev.mediaaccess.testkit.fixtures.MutableClock;
import dev.mediaaccess.testkit.fixtures.RecordingNotifier;
import dev.mediaaccess.testkit.fixtures.TestData;
import dev.mediaaccess.testkit.fixtures.TestSecrets;
import dev.mediaaccess.testkit.memory.InMemoryStorage;
import java.net.URI;

/**
 * The whole core wired for a test in one line: {@code TestAccess access = TestAccess.inMemory();} then
 * {@code access.core().guestLinkManagement()...}, moving {@code access.clock()} and reading what {@code access.notifier()}
 * was asked to send. Tokens are deterministic, the host secret is {@link TestSecrets#HOST_SECRET}, and every URL the
 * core hands out starts with {@link #PUBLIC_BASE_URL}.
 */
public record TestAccess(AccessCore core, AccessStorage storage, MutableClock clock, RecordingNotifier notifier) {
    public static final String PUBLIC_BASE_URL = "https://media.example";

    public TestAccess {
        requireNonNull(core, "core");
        requireNonNull(storage, "storage");
        requireNonNull(clock, "clock");
        requireNonNull(notifier, "notifier");
    }

    /** The core on a fresh in-memory storage, the clock at {@link TestData#NOW}, default tenant settings. */
    public static TestAccess inMemory() {
        return on(InMemoryStorage.create(), MutableClock.atTestNow());
    }

    /** The core on the given storage and clock, default tenant settings. */
    public static TestAccess on(AccessStorage storage, MutableClock clock) {
        return on(storage, clock, Tenants.uniform(TenantSettings.defaults()));
    }

    public static TestAccess on(AccessStorage storage, MutableClock clock, Tenants tenants) {
        RecordingNotifier notifier = new RecordingNotifier();
        AccessCore core = AccessCore.builder()
                .storage(storage)
                .secret(TestSecrets.HOST_SECRET)
                .publicBaseUrl(PUBLIC_BASE_URL)
                .notifier(notifier)
                .clock(clock)
                .tokenSource(DeterministicTokenSource.seeded(TestSecrets.TOKEN_SEED))
                .tenants(tenants)
                .build();
        return new TestAccess(core, storage, clock, notifier);
    }

    /** The token at the end of a URL the core handed out ({@code .../g/{token}} or {@code .../i/{token}}). */
    public static String tokenOf(URI url) {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
