package dev.mediaaccess.http;

import io.javalin.http.Context;

/** Which part of the adapter a request is addressed to, if any; the host's own routes are {@link #FOREIGN}. */
enum Area {
    API, PAGE, ASSET, HEALTH, FOREIGN;

    boolean ours() {
        return this != FOREIGN;
    }

    /** Where the request goes, judged by its path below the servlet context path and the adapter's prefix. */
    static Area of(Context ctx, String prefix) {
        String path = pathBelowContext(ctx);
        if (!prefix.isEmpty()) {
            if (!path.startsWith(prefix + "/")) {
                return FOREIGN;
            }
            path = path.substring(prefix.length());
        }
        if (path.startsWith("/api/")) {
            return API;
        }
        if (path.startsWith("/media/") || path.startsWith("/g/") || path.startsWith("/i/")) {
            return PAGE;
        }
        if (path.startsWith("/assets/")) {
            return ASSET;
        }
        return path.equals("/health") ? HEALTH : FOREIGN;
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
        return path.replaceAll("/(g|i)/[^/?#]+", "/$1/[redacted]");
    }
}
