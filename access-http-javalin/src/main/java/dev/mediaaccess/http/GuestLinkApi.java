package dev.mediaaccess.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.guestlink.application.GuestLinkView;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.media.model.MediaId;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/** A media item's guest links: create, list, change, rotate, revoke. */
final class GuestLinkApi {
    private static final String LINKS = "/api/media/{mediaId}/guest-links";
    private static final String LINK = LINKS + "/{linkId}";

    private final Wiring w;

    GuestLinkApi(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable.Routes routes) {
        routes.post(LINKS, this::create);
        routes.get(LINKS, this::list);
        routes.patch(LINK, this::update);
        routes.post(LINK + "/rotate", this::rotate);
        routes.delete(LINK, this::revoke);
    }

    private void create(Context ctx) {
        MediaId media = Ids.media(ctx);
        Principal principal = w.principals().on(ctx, media);
        GuestLinkSettings settings = settingsFrom(Json.read(ctx, Requests.GuestLinkSettingsInput.class));
        GuestLinkView created = w.core().guestLinkManagement().createLink(principal, media, settings);
        ctx.header("Location", w.settings().publicPath("/api/media/" + Wiring.segment(media.value()) + "/guest-links/"
                + Wiring.segment(created.link().id().value())));
        Json.write(ctx, 201, Views.GuestLinkJson.of(created));
    }

    private void list(Context ctx) {
        MediaId media = Ids.media(ctx);
        List<GuestLinkView> links = w.core().guestLinkManagement().links(w.principals().on(ctx, media), media);
        Json.write(ctx, 200, links.stream().map(Views.GuestLinkJson::of).toList());
    }

    /** A JSON merge patch: fields left out keep their value, a field set to null is cleared. */
    private void update(Context ctx) {
        MediaId media = Ids.media(ctx);
        GuestLinkId link = Ids.link(ctx);
        Principal principal = w.principals().on(ctx, media);
        JsonNode patch = Json.readTree(ctx);
        GuestLinkView current = w.core().guestLinkManagement().link(principal, media, link);
        ObjectNode merged = Json.MAPPER.valueToTree(inputOf(current.link().settings()));
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            merged.set(name, patch.get(name));
        }
        GuestLinkSettings settings = settingsFrom(Json.convert(merged, Requests.GuestLinkSettingsInput.class));
        Json.write(ctx, 200, Views.GuestLinkJson.of(w.core().guestLinkManagement().updateLink(principal, media, link, settings)));
    }

    private void rotate(Context ctx) {
        MediaId media = Ids.media(ctx);
        Json.write(ctx, 200, Views.GuestLinkJson.of(
                w.core().guestLinkManagement().rotate(w.principals().on(ctx, media), media, Ids.link(ctx))));
    }

    private void revoke(Context ctx) {
        MediaId media = Ids.media(ctx);
        Json.write(ctx, 200, Views.GuestLinkJson.of(
                w.core().guestLinkManagement().revoke(w.principals().on(ctx, media), media, Ids.link(ctx))));
    }

    private GuestLinkSettings settingsFrom(Requests.GuestLinkSettingsInput input) {
        Inputs inputs = new Inputs();
        Instant expiresAt = inputs.instant("expiresAt", input.expiresAt());
        Admission admission = inputs.choice("admission", input.admission(), Admission.class);
        inputs.done();
        return GuestLinkSettings.parse(input.label(), expiresAt, input.maxJoins(), input.allowedDomains(), admission,
                w.core().clock().instant());
    }

    private static Requests.GuestLinkSettingsInput inputOf(GuestLinkSettings settings) {
        return new Requests.GuestLinkSettingsInput(settings.label().orElse(null), Views.text(settings.expiresAt()),
                settings.maxJoins().orElse(null), List.copyOf(settings.allowedDomains()), settings.admission().name());
    }
}
