package dev.mediaaccess.http;

import io.javalin.http.Context;

/** Who is on the other end, for throttling: the connection's peer, or what one trusted proxy says it saw. */
final class ClientAddress {
    private ClientAddress() {}

    static String of(Context ctx, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null) {
                // Each proxy appends the address it received from; only the last entry was written by our own proxy.
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].trim();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        return ctx.req().getRemoteAddr();
    }
}
