package dev.mediaaccess.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.hash.Hashing;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.pass.model.IssuedPass;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * One cookie per media item holds the pass for it, so a guest can hold passes for several media at once. HttpOnly,
 * SameSite=Lax, Secure when the public base URL is https, scoped to the public base URL's path, and gone when the
 * pass expires.
 */
final class PassCookies {
    private static final String NAME_PREFIX = "ma_pass_";

    private PassCookies() {}

    /** Media ids may hold characters a cookie name may not: name the cookie by a digest of the id instead. */
    static String nameFor(MediaId media) {
        return NAME_PREFIX + digest(media.value());
    }

    /**
     * When the request names its tenant, the tenant is part of the name: two tenants' media with the same id, seen in
     * one browser, keep a cookie each. The tenant's length comes first so no two (tenant, media) pairs digest alike.
     */
    static String nameFor(Optional<TenantId> tenant, MediaId media) {
        return tenant.map(t -> NAME_PREFIX + digest(t.value().length() + ":" + t.value() + "/" + media.value()))
                .orElseGet(() -> nameFor(media));
    }

    static Optional<String> read(Context ctx, Optional<TenantId> tenant, MediaId media) {
        return Optional.ofNullable(ctx.cookie(nameFor(tenant, media))).filter(value -> !value.isBlank());
    }

    static void set(Context ctx, HttpSettings settings, MediaId media, IssuedPass issued) {
        long maxAge = Math.max(1, Duration.between(issued.pass().issuedAt(), issued.pass().expiresAt()).toSeconds());
        StringBuilder cookie = new StringBuilder()
                .append(nameFor(settings.requestTenant(ctx), media)).append('=').append(issued.token())
                .append("; Path=").append(path(settings))
                .append("; Max-Age=").append(maxAge)
                .append("; HttpOnly; SameSite=Lax");
        if (settings.secureCookies()) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }

    private static String digest(String text) {
        return Hashing.sha256().hashString(text, UTF_8).toString().substring(0, 24);
    }

    /** The public base URL's path: where browsers send the adapter's requests. */
    private static String path(HttpSettings settings) {
        String path = settings.publicPath("");
        return path.isEmpty() ? "/" : path;
    }
}
