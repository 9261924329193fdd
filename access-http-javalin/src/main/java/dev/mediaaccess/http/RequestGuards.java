package dev.mediaaccess.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Runs before every request to the adapter's routes (known or not): sets the security headers, refuses cross-site
 * state changes, and reads the body with a hard cap, so an oversized body is refused with 413 before any handler runs.
 */
final class RequestGuards {
    private static final String BODY = "media-access.body";
    /**
     * An oversized body declared up front is still read and discarded up to this size before the 413 goes out: a
     * server that answers and closes while the client is still sending makes the client's TCP stack drop the answer
     * (a reset), so the client would see a broken connection instead of the 413. Larger bodies are cut off at once.
     */
    private static final long DRAIN_LIMIT = 1024 * 1024;
    static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private final HttpSettings settings;
    private final RouteTable routes;

    RequestGuards(HttpSettings settings, RouteTable routes) {
        this.settings = settings;
        this.routes = routes;
    }

    void before(Context ctx) {
        Area area = Area.of(ctx, routes);
        if (!area.ours()) {
            return;
        }
        applySecurityHeaders(ctx, area);
        if (changesState(ctx.method())) {
            refuseCrossSite(ctx);
            ctx.attribute(BODY, readCapped(ctx));
            requireJson(ctx, area);
        }
    }

    /** The body read by the guard; empty for requests without one. */
    static byte[] body(Context ctx) {
        byte[] body = ctx.attribute(BODY);
        return body == null ? new byte[0] : body;
    }

    private static void applySecurityHeaders(Context ctx, Area area) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        // Pages and API answers carry tokens (join URLs, passes): never store them in any cache.
        ctx.header("Cache-Control", area == Area.ASSET ? "no-cache" : "no-store");
        ctx.header("Content-Security-Policy", area == Area.PAGE ? PAGE_CSP : API_CSP);
        if (area == Area.PAGE) {
            ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        }
    }

    private static boolean changesState(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    /**
     * Browsers say where a request comes from: {@code Sec-Fetch-Site} (all current ones), else {@code Origin}. Either
     * naming another site is refused. A request with neither is not from a browser page (curl, a server) and passes.
     */
    private void refuseCrossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            String value = site.trim().toLowerCase(Locale.ROOT);
            if (!value.equals("same-origin") && !value.equals("none")) {
                throw crossSite();
            }
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.trim().equalsIgnoreCase(settings.origin())) {
            throw crossSite();
        }
    }

    private static HttpRefusal crossSite() {
        return new HttpRefusal(403, "cross-site-request", "State-changing requests must come from this site's own pages.");
    }

    private byte[] readCapped(Context ctx) {
        long max = settings.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            discardIfSmall(ctx, declared);
            throw tooLarge(max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), max));
            byte[] chunk = new byte[8192];
            long total = 0;
            int read;
            while ((read = in.read(chunk)) != -1) {
                total += read;
                if (total > max) {
                    throw tooLarge(max);
                }
                out.write(chunk, 0, read);
            }
            return out.toByteArray();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static void discardIfSmall(Context ctx, long declared) {
        if (declared > DRAIN_LIMIT) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.skipNBytes(declared);
        } catch (IOException gone) {
            // The client stopped sending; the 413 is still the answer.
        }
    }

    private static HttpRefusal tooLarge(long max) {
        return new HttpRefusal(413, "payload-too-large", "The request body is larger than " + max + " bytes.");
    }

    /** A JSON API accepts JSON only; this also keeps HTML forms on other sites from posting to it. */
    private static void requireJson(Context ctx, Area area) {
        if (area != Area.API || body(ctx).length == 0) {
            return;
        }
        String type = ctx.header("Content-Type");
        String mediaType = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw new HttpRefusal(415, "unsupported-media-type", "Send the body as application/json.");
        }
    }
}
