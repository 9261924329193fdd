package dev.mediaaccess.http;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.TenantId;
import io.github.bucket4j.TimeMeter;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTTP adapter: the JSON API, the pages behind guest and invitation links, and the media page with its Share menu,
 * mounted on the host's own Javalin:
 * <pre>{@code
 * Javalin.create(cfg -> AccessHttp.of(core)
 *         .publicBaseUrl("https://media.example.com")
 *         .signedInUsers(ctx -> hostSession.user(ctx))
 *         .mount(cfg)).start(7070);
 * }</pre>
 * Build the core with {@code publicBaseUrl} equal to this base URL followed by the {@link #pathPrefix path prefix},
 * so that the links it hands out ({@code /g/{token}}, {@code /i/{token}}) open these pages.
 */
public final class AccessHttp {
    static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    static final int DEFAULT_TOKEN_ATTEMPTS = 20;
    static final Duration DEFAULT_TOKEN_ATTEMPT_WINDOW = Duration.ofMinutes(10);

    private final AccessCore core;
    private String prefix = "";
    private URI publicBaseUrl;
    private SignedInUsers signedInUsers = SignedInUsers.nobody();
    private Function<Context, Optional<TenantId>> requestTenant = ctx -> Optional.empty();
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int tokenAttempts = DEFAULT_TOKEN_ATTEMPTS;
    private Duration tokenAttemptWindow = DEFAULT_TOKEN_ATTEMPT_WINDOW;
    private boolean trustForwardedFor;
    private TimeMeter throttleTime = TimeMeter.SYSTEM_NANOTIME;

    private AccessHttp(AccessCore core) {
        this.core = requireNonNull(core, "core");
    }

    public static AccessHttp of(AccessCore core) {
        return new AccessHttp(core);
    }

    /** Where every route (API and pages) lives, for example {@code /access}; default: none. */
    public AccessHttp pathPrefix(String prefix) {
        requireNonNull(prefix, "prefix");
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        checkArgument(trimmed.isEmpty() || (trimmed.startsWith("/") && !trimmed.contains("{") && !trimmed.contains("*")),
                "the path prefix starts with / and has no path parameters or wildcards");
        this.prefix = trimmed;
        return this;
    }

    /**
     * The URL people reach the host at, for example {@code https://media.example.com}. Cookies are marked Secure when it
     * is https, and it is the one origin allowed to make state-changing requests. Never taken from the Host header.
     */
    public AccessHttp publicBaseUrl(String url) {
        URI base = URI.create(requireNonNull(url, "url"));
        checkArgument(base.isAbsolute() && ("https".equals(base.getScheme()) || "http".equals(base.getScheme()))
                && base.getHost() != null, "the public base URL must be an absolute http(s) URL");
        this.publicBaseUrl = base;
        return this;
    }

    public AccessHttp signedInUsers(SignedInUsers users) {
        this.signedInUsers = requireNonNull(users, "users");
        return this;
    }

    /**
     * Which tenant a request is for, for hosts whose media ids repeat across tenants (the tenant comes from the host
     * name, a header, or the host's session). A pass of another tenant is then refused, and pass cookies are named
     * per tenant and media so that two tenants' media with the same id never share one. Default: no tenant, for hosts
     * whose media ids are unique across tenants (a pass then speaks for its own tenant).
     */
    public AccessHttp requestTenant(Function<Context, Optional<TenantId>> tenantOf) {
        this.requestTenant = requireNonNull(tenantOf, "tenantOf");
        return this;
    }

    /** The largest request body accepted; anything bigger is refused with 413 before any handler runs. Default 64 KiB. */
    public AccessHttp maxBodyBytes(long bytes) {
        checkArgument(bytes >= 1, "maxBodyBytes must be positive");
        this.maxBodyBytes = bytes;
        return this;
    }

    /**
     * How many failed token attempts (unknown guest link or invitation token, wrong one-time code) one client address
     * may make; the budget refills evenly over {@code per}. Once spent, token requests answer 429 with Retry-After.
     * Default: 20 per 10 minutes.
     */
    public AccessHttp tokenAttemptLimit(int attempts, Duration per) {
        checkArgument(attempts >= 1, "attempts must be positive");
        checkArgument(per != null && !per.isNegative() && !per.isZero(), "per must be a positive duration");
        this.tokenAttempts = attempts;
        this.tokenAttemptWindow = per;
        return this;
    }

    /**
     * Whether the client address is the last entry of {@code X-Forwarded-For} (set by one trusted reverse proxy) rather
     * than the connection's peer. Default false: turn it on only behind a proxy that sets the header.
     */
    public AccessHttp trustForwardedFor(boolean trust) {
        this.trustForwardedFor = trust;
        return this;
    }

    /** For tests of the throttle: the time source its buckets refill by. */
    AccessHttp throttleTime(TimeMeter time) {
        this.throttleTime = requireNonNull(time, "time");
        return this;
    }

    /**
     * The HTTP status the adapter answers a refusal with (400, 401, 403, 404, 409, 410 or 429, by its category), for a
     * host that answers refusals on pages or routes of its own the same way.
     */
    public static int statusOf(AccessRefused refused) {
        return Problem.statusOf(refused.code().category());
    }

    /** Registers the routes, the exception and error mappers, and the request guards on the host's config. */
    public void mount(JavalinConfig cfg) {
        requireNonNull(cfg, "cfg");
        checkState(publicBaseUrl != null, "set publicBaseUrl before mounting");
        HttpSettings settings = new HttpSettings(prefix, publicBaseUrl, signedInUsers, requestTenant, maxBodyBytes,
                trustForwardedFor);
        AttemptThrottle throttle = new AttemptThrottle(tokenAttempts, tokenAttemptWindow, throttleTime);
        new Mounting(core, settings, throttle).mount(cfg);
    }
}
