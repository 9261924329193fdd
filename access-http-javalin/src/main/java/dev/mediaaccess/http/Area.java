package dev.mediaaccess.http;

import static dev.mediaaccess.core.common.PublicUrls.GUEST_LINK_SEGMENT;
import static dev.mediaaccess.core.common.PublicUrls.INVITATION_SEGMENT;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Which part of the adapter a request is addressed to, if any; the host's own routes are {@link #FOREIGN}. The areas
 * are those the {@link RouteTable} recorded for the routes it registered.
 */
enum Area {
    API, PAGE, ASSET, HEALTH, FOREIGN;

    private static final Pattern TOKEN_PATHS = Pattern.compile(
            "/(" + Pattern.quote(GUEST_LINK_SEGMENT) + "|" + Pattern.quote(INVITATION_SEGMENT) + ")/[^/?#]+");

    boolean ours() {
        return this != FOREIGN;
    }

    /** Where the request goes, judged by its path below the servlet context path and the routes registered. */
    static Area of(Context ctx, RouteTable routes) {
        return routes.areaOf(pathBelowContext(ctx));
    }

    static String pathBelowContext(Context ctx) {
        String path = ctx.path();
        String context = ctx.contextPath();
        return context == null || context.isEmpty() || context.equals("/") || !path.startsWith(context)
                ? path
                : path.substring(context.length());
    }

    /** The path with guest link and invitation tokens replaced, for anything that is logged. */
    static String redacted(String path) {
        return TOKEN_PATHS.matcher(path).replaceAll("/$1/[redacted]");
    }
}
