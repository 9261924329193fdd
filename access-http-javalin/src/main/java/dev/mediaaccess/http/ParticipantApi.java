package dev.mediaaccess.http;

import dev.mediaaccess.core.media.model.MediaId;
import io.javalin.http.Context;

/** Who is on a media item, the lobby of live kinds, and removing anyone. */
final class ParticipantApi {
    private final Wiring w;

    ParticipantApi(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable.Routes routes) {
        routes.get("/api/media/{mediaId}/participants", this::roster);
        routes.post("/api/media/{mediaId}/lobby/{participantId}/admit", this::admit);
        routes.post("/api/media/{mediaId}/lobby/{participantId}/deny", this::deny);
        routes.delete("/api/media/{mediaId}/participants/{participantId}", this::remove);
    }

    private void roster(Context ctx) {
        MediaId media = Ids.media(ctx);
        Json.write(ctx, 200, Views.RosterJson.of(w.core().participantRoster().roster(w.principals().on(ctx, media), media)));
    }

    private void admit(Context ctx) {
        MediaId media = Ids.media(ctx);
        Json.write(ctx, 200, Views.ParticipantJson.of(
                w.core().participantRoster().admit(w.principals().on(ctx, media), media, Ids.participant(ctx))));
    }

    private void deny(Context ctx) {
        MediaId media = Ids.media(ctx);
        Json.write(ctx, 200, Views.ParticipantJson.of(
                w.core().participantRoster().deny(w.principals().on(ctx, media), media, Ids.participant(ctx))));
    }

    private void remove(Context ctx) {
        MediaId media = Ids.media(ctx);
        Json.write(ctx, 200, Views.ParticipantJson.of(
                w.core().participantRoster().remove(w.principals().on(ctx, media), media, Ids.participant(ctx))));
    }
}
