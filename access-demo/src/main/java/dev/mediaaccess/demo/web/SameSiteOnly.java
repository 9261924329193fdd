package dev.mediaaccess.demo.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Refuses state-changing demo requests that a browser says come from another site, as the HTTP adapter does for its
 * own routes. Without it, another site could post its own email and code to {@code /demo/login/verify} and sign a
 * visitor in as someone else (login CSRF). Requests without {@code Sec-Fetch-Site} or {@code Origin} (curl, tests)
 * are not from a browser page and pass.
 */
public final class SameSiteOnly {
    private final String origin;

    public SameSiteOnly(URI publicBaseUrl) {
        int port = publicBaseUrl.getPort();
        this.origin = (publicBaseUrl.getScheme() + "://" + publicBaseUrl.getHost() + (port < 0 ? "" : ":" + port))
                .toLowerCase(Locale.ROOT);
    }

    /** True if the request may go on; otherwise a 403 problem has been written. */
    public boolean allows(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        boolean sameSite = site != null
                ? List.of("same-origin", "none").contains(site.strip().toLowerCase(Locale.ROOT))
                : ctx.header("Origin") == null || ctx.header("Origin").strip().toLowerCase(Locale.ROOT).equals(origin);
        if (!sameSite) {
            Responses.problem(ctx, 403, "cross-site-request", "State-changing requests must come from this site's own pages.", List.of());
        }
        return sameSite;
    }
}
