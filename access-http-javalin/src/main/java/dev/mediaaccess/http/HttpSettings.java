package dev.mediaaccess.http;

import dev.mediaaccess.core.common.PublicUrls;
import dev.mediaaccess.core.common.TenantId;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/**
 * The adapter's configuration, fixed at mount time.
 *
 * @param prefix where the routes are registered on the host's Javalin (by default the public base URL's path)
 * @param publicUrls the core's public URLs: what browsers see, hence the origin, the cookies' scope and links in pages
 */
record HttpSettings(String prefix, PublicUrls publicUrls, SignedInUsers users, Function<Context, Optional<TenantId>> tenantOf,
        long maxBodyBytes, boolean trustForwardedFor) {

    /** The tenant the host says this request is for, if it says one. */
    Optional<TenantId> requestTenant(Context ctx) {
        Optional<TenantId> tenant = tenantOf.apply(ctx);
        return tenant == null ? Optional.empty() : tenant;
    }

    boolean secureCookies() {
        return "https".equals(publicUrls.base().getScheme());
    }

    /** The origin ({@code scheme://host[:port]}) of the public base URL, as browsers send it in {@code Origin}. */
    String origin() {
        return PublicBase.origin(publicUrls.base());
    }

    /**
     * A path as browsers see it (below the public base URL's path), for links inside pages, {@code Location} headers
     * and the cookies' scope. It is the route's path under the prefix unless the host overrode the prefix for a proxy
     * that rewrites paths.
     */
    String publicPath(String suffix) {
        return publicUrls.basePath() + suffix;
    }

    /** The absolute URL of a path below the public base URL ({@code suffix} without a leading slash). */
    String publicUrl(String suffix) {
        return publicUrls.base() + suffix;
    }
}
