package dev.mediaaccess.demo.home;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.media.application.MediaRegistry;
import dev.mediaaccess.demo.signin.DemoUser;
import dev.mediaaccess.demo.signin.SessionSignedInUsers;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** {@code GET /}: the home page, with the signed-in user's media as the core lists it. */
public final class HomeRoutes {
    private final MediaRegistry media;
    private final SessionSignedInUsers users;

    public HomeRoutes(MediaRegistry media, SessionSignedInUsers users) {
        this.media = requireNonNull(media, "media");
        this.users = requireNonNull(users, "users");
    }

    public void addTo(JavalinConfig cfg) {
        cfg.routes.get("/", this::home);
    }

    private void home(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(users.user(ctx).map(this::signedIn).orElseGet(HomePage::signedOut));
    }

    private String signedIn(DemoUser user) {
        Principal.User principal = user.principal();
        return HomePage.signedIn(user, media.ownedBy(principal), media.memberships(principal));
    }
}
