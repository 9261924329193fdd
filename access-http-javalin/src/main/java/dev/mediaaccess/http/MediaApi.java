package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.common.ValidationFailed;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import io.javalin.http.Context;

/** Media items: list yours, register one, see it with your role, ask what you may do, switch guest access. */
final class MediaApi {
    private final Wiring w;

    MediaApi(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable.Routes routes) {
        routes.get("/api/media", this::list);
        routes.post("/api/media", this::create);
        routes.get("/api/media/{mediaId}", this::show);
        routes.get("/api/media/{mediaId}/access", this::access);
        routes.put("/api/media/{mediaId}/guest-access", this::switchGuestAccess);
    }

    private void list(Context ctx) {
        Principal.User user = w.principals().requireUser(ctx, "Sign in to see your media.");
        Json.write(ctx, 200, Views.MediaListJson.of(w.core().mediaRegistry().ownedBy(user), w.core().mediaRegistry().memberships(user)));
    }

    private void create(Context ctx) {
        Principal.User owner = w.principals().requireUser(ctx, "Sign in to add media.");
        Requests.CreateMedia body = Json.read(ctx, Requests.CreateMedia.class);
        Inputs inputs = new Inputs();
        MediaKind kind = inputs.choice("kind", body.kind(), MediaKind.class);
        inputs.done();
        Media media = w.core().mediaRegistry().register(owner, body.title(), kind);
        ctx.header("Location", w.settings().publicPath("/api/media/" + Wiring.segment(media.id().value())));
        Json.write(ctx, 201, Views.MediaJson.of(w.core().accessChecks().standing(owner, media.id())));
    }

    private void show(Context ctx) {
        MediaId id = Ids.media(ctx);
        Principal principal = w.principals().on(ctx, id);
        Json.write(ctx, 200, Views.MediaJson.of(w.core().accessChecks().standing(principal, id)));
    }

    /** The decision behind "may I view this?", with its reason: how the lobby page learns it was let in. */
    private void access(Context ctx) {
        MediaId id = Ids.media(ctx);
        Json.write(ctx, 200, Views.AccessJson.of(w.core().accessChecks().check(w.principals().on(ctx, id), id, Capability.VIEW)));
    }

    private void switchGuestAccess(Context ctx) {
        MediaId id = Ids.media(ctx);
        Principal principal = w.principals().on(ctx, id);
        Requests.GuestAccessSwitch body = Json.read(ctx, Requests.GuestAccessSwitch.class);
        if (body.enabled() == null) {
            throw ValidationFailed.of("enabled", "required", "must be true or false");
        }
        w.core().guestLinkManagement().setGuestAccess(principal, id, body.enabled());
        Json.write(ctx, 200, Views.MediaJson.of(w.core().accessChecks().standing(principal, id)));
    }
}
