package dev.mediaaccess.http;

import dev.mediaaccess.core.guestlink.application.GuestJoin;
import io.javalin.http.Context;

/** Joining through a guest link with a name and an email: a pass in a cookie, or a place in the lobby. */
final class JoinApi {
    private final Wiring w;

    JoinApi(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable.Routes routes) {
        routes.post("/api/join", this::join);
    }

    private void join(Context ctx) {
        Requests.Join body = Json.read(ctx, Requests.Join.class);
        GuestJoin joined = w.attempts().attempt(ctx,
                () -> w.core().guestJoining().join(body.token(), body.name(), body.email()));
        PassCookies.set(ctx, w.settings(), joined.media().id(), joined.pass());
        boolean waiting = joined.waitingInLobby();
        Json.write(ctx, waiting ? 202 : 201, new Views.JoinJson(waiting ? "waiting" : "admitted",
                joined.media().id().value(), joined.media().title(), joined.guest().id().value(), joined.guest().role().name(),
                w.mediaPageUrl(joined.media().id()), Views.PassJson.of(joined.pass())));
    }
}
