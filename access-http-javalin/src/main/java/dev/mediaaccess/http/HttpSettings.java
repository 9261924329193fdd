package dev.mediaaccess.http;

import dev.mediaaccess.core.common.TenantId;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/** The adapter's configuration, fixed at mount time. */
record HttpSettings(String prefix, URI publicBaseUrl, SignedInUsers users, Function<Context, Optional<TenantId>> tenantOf,
        long maxBodyBytes, boolean trustForwardedFor) {

    /** The tenant the host says this request is for, if it says one. */
    Optional<TenantId> requestTenant(Context ctx) {
        Optional<TenantId> tenant = tenantOf.apply(ctx);
        return tenant == null ? Optional.empty() : tenant;
    }

    boolean secureCookies() {
        return "https".equals(publicBaseUrl.getScheme());
    }

    /** The origin ({@code scheme://host[:port]}) of the public base URL, as browsers send it in {@code Origin}. */
    String origin() {
        String scheme = publicBaseUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = publicBaseUrl.getPort();
        boolean defaultPort = port == -1 || (port == 443 && scheme.equals("https")) || (port == 80 && scheme.equals("http"));
        return scheme + "://" + publicBaseUrl.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** A path under the prefix, for routes and for links inside pages. */
    String path(String suffix) {
        return prefix + suffix;
    }
}
