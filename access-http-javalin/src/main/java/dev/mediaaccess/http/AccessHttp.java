package dev.mediaaccess.http;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.PublicUrls;
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
 *         .signedInUsers(ctx -> hostSession.user(ctx))
 *         .mount(cfg)).start(7070);
 * }</pre>
 * The public base URL is configured once, on the core ({@code AccessCore.builder().publicBaseUrl(...)}). The adapter
 * takes from {@link AccessCore#publicUrls()} the origin it trusts, whether cookies are Secure, the URLs it answers
 * with, and by default its {@link #pathPrefix path prefix}: a core built with {@code https://example.com/access} gets
 * the routes under {@code /access}, so the links the core hands out ({@code {base}/g/{token}},
 * {@code {base}/i/{token}}) open these pages.
 */
public final class AccessHttp {
    static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    static final int DEFAULT_TOKEN_ATTEMPTS = 20;
    static final Duration DEFAULT_TOKEN_ATTEMPT_WINDOW = Duration.ofMinutes(10);

    private final AccessCore core;
    /** Null until the host overrides it: then the core's public base path. */
    private String prefix;
    private URI expectedBaseUrl;
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

    /**
     * Where the routes (API and pages) are registered on the host's Javalin, for example {@code /access}. Default: the
     * path of the core's public base URL ({@code ""} for a base at the root). Set it only when a reverse proxy rewrites
     * paths between what browsers see (the core's base URL, which links in pages and cookies keep following) and what
     * reaches Javalin.
     */
    public AccessHttp pathPrefix(String prefix) {
        this.prefix = checkedPrefix(requireNonNull(prefix, "prefix"));
        return this;
    }

    /**
     * Optional: the public base URL the host expects the core to have, for example {@code https://example.com/access}.
     * It configures nothing (the core's base URL is the one in force); {@link #mount} refuses to mount if it differs
     * from the core's in origin or path, so a host that used to set the base URL here too learns of any mismatch at
     * startup instead of from broken links.
     */
    public AccessHttp publicBaseUrl(String url) {
        URI base = URI.create(requireNonNull(url, "url"));
        checkArgument(base.isAbsolute() && ("https".equals(base.getScheme()) || "http".equals(base.getScheme()))
                && base.getHost() != null, "the public base URL must be an absolute http(s) URL");
        this.expectedBaseUrl = base;
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

    /**
     * Registers the routes, the exception and error mappers, and the request guards on the host's config.
     *
     * @throws IllegalStateException if {@link #publicBaseUrl} was given and differs from the core's public base URL
     */
    public void mount(JavalinConfig cfg) {
        requireNonNull(cfg, "cfg");
        PublicUrls urls = core.publicUrls();
        if (expectedBaseUrl != null) {
            checkState(PublicBase.normalised(expectedBaseUrl).equals(PublicBase.normalised(urls.base())),
                    "AccessHttp.publicBaseUrl(%s) differs from the core's public base URL %s; set the base URL once, "
                            + "on AccessCore.builder().publicBaseUrl(...)", expectedBaseUrl, urls.base());
        }
        String routePrefix = prefix != null ? prefix : checkedPrefix(urls.basePath());
        HttpSettings settings = new HttpSettings(routePrefix, urls, signedInUsers, requestTenant, maxBodyBytes,
                trustForwardedFor);
        AttemptThrottle throttle = new AttemptThrottle(tokenAttempts, tokenAttemptWindow, throttleTime);
        new Mounting(core, settings, throttle).mount(cfg);
    }

    private static String checkedPrefix(String prefix) {
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        checkArgument(trimmed.isEmpty() || (trimmed.startsWith("/") && !trimmed.contains("{") && !trimmed.contains("*")),
                "the path prefix starts with / and has no path parameters or wildcards, not %s", prefix);
        return trimmed;
    }
}
