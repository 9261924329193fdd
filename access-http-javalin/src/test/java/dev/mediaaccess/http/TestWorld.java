package dev.mediaaccess.http;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.testkit.fixtures.MutableClock;
import dev.mediaaccess.testkit.fixtures.RecordingNotifier;
import dev.mediaaccess.testkit.fixtures.TestData;
import dev.mediaaccess.testkit.fixtures.TestSecrets;
import dev.mediaaccess.testkit.memory.InMemoryStorage;
import io.javalin.Javalin;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The full wiring under test: the core on the testkit's in-memory storage, a mutable clock and a recording notifier,
 * with the adapter mounted on a Javalin started on a free port. The host's sign-in is a header naming a test user.
 */
final class TestWorld implements AutoCloseable {
    static final String BASE_URL = "https://media.example.test";
    static final String USER_HEADER = "X-Test-User";
    /** Makes the test host's sign-in fail, to exercise the 500 path. */
    static final String BROKEN_USER = "broken";

    static final TenantId TENANT = TestData.TENANT;
    static final Map<String, Principal.User> USERS = Map.of(
            "olivia", user(TENANT, "olivia", "Olivia Owner", "olivia@example.com"),
            "bob", user(TENANT, "bob", "Bob Viewer", "bob@example.com"),
            "carol", user(TENANT, "carol", "Carol Unverified", null),
            "mallory", user(TestData.OTHER_TENANT, "mallory", "Mallory Elsewhere", "mallory@example.com"));

    final MutableClock clock = MutableClock.atTestNow();
    /** How often a handler asked who is signed in: zero for requests refused before any handler ran. */
    final AtomicInteger signInLookups = new AtomicInteger();
    final RecordingNotifier outbox = new RecordingNotifier();
    final InMemoryStorage storage = InMemoryStorage.create();
    final AccessCore core;
    final Javalin app;
    final Api api;

    TestWorld() {
        this("", UnaryOperator.identity());
    }

    /** The core's base URL is {@link #BASE_URL} followed by {@code prefix}; the adapter mounts there by default. */
    TestWorld(String prefix, UnaryOperator<AccessHttp> tune) {
        this(BASE_URL + prefix, prefix, tune);
    }

    /**
     * @param baseUrl the core's public base URL, the only one configured
     * @param routePrefix where the routes end up on the test server, for the {@link Api} client
     */
    TestWorld(String baseUrl, String routePrefix, UnaryOperator<AccessHttp> tune) {
        this.core = AccessCore.builder()
                .storage(storage)
                .secret(TestSecrets.HOST_SECRET)
                .publicBaseUrl(baseUrl)
                .notifier(outbox)
                .clock(clock)
                .build();
        AccessHttp http = tune.apply(AccessHttp.of(core).signedInUsers(ctx -> {
            signInLookups.incrementAndGet();
            String name = ctx.header(USER_HEADER);
            if (BROKEN_USER.equals(name)) {
                throw new IllegalStateException("the host's session store is down");
            }
            return Optional.ofNullable(name).map(USERS::get);
        }));
        this.app = Javalin.create(http::mount).start(0);
        this.api = new Api(app, routePrefix);
    }

    @Override
    public void close() {
        app.stop();
    }

    private static Principal.User user(TenantId tenant, String id, String name, String email) {
        return Principal.user(tenant, UserId.of(id), new DisplayName(name),
                Optional.ofNullable(email).map(EmailAddress::parse));
    }
}
