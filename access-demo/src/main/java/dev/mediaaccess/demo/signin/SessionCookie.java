package dev.mediaaccess.demo.signin;

import io.javalin.http.Context;
import java.time.Duration;

/** The demo session cookie: HttpOnly, SameSite=Lax, the whole site, Secure when the demo is served over HTTPS. */
public final class SessionCookie {
    public static final String NAME = "media_access_demo_session";

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    public void set(Context ctx, String token, Duration lifetime) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + token + "; Path=/; Max-Age=" + lifetime.toSeconds()
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    public void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    public static String read(Context ctx) {
        return ctx.cookie(NAME);
    }
}
