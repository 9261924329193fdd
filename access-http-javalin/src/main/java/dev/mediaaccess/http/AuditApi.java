package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.media.model.MediaId;
import io.javalin.http.Context;
import java.util.List;

/** The audit trail of a media item, or of one of its guest links ({@code ?linkId=}). */
final class AuditApi {
    private final Wiring w;

    AuditApi(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable.Routes routes) {
        routes.get("/api/media/{mediaId}/audit", this::trail);
    }

    private void trail(Context ctx) {
        MediaId media = Ids.media(ctx);
        Principal principal = w.principals().on(ctx, media);
        String linkId = ctx.queryParam("linkId");
        List<AuditEvent> events = linkId == null
                ? w.core().auditTrail().forMedia(principal, media)
                : w.core().auditTrail().forLink(principal, media, Ids.link(linkId));
        Json.write(ctx, 200, events.stream().map(Views.AuditEventJson::of).toList());
    }
}
