package dev.mediaaccess.demo.home;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.demo.signin.SessionSignedInUsers;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** {@code GET /}: the home page. */
public final class HomeRoutes {
    private final OwnedMedia ownedMedia;
    private final SessionSignedInUsers users;

    public HomeRoutes(OwnedMedia ownedMedia, SessionSignedInUsers users) {
        this.ownedMedia = requireNonNull(ownedMedia, "ownedMedia");
        this.users = requireNonNull(users, "users");
    }

    public void addTo(JavalinConfig cfg) {
        cfg.routes.get("/", this::home);
    }

    private void home(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(users.user(ctx)
                .map(user -> HomePage.signedIn(user, ownedMedia.of(user)))
                .orElseGet(HomePage::signedOut));
    }
}
