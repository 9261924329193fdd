package dev.mediaaccess.http;

import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.PublicUrls;
import dev.mediaaccess.core.guestlink.application.GuestLinkPreview;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.media.model.MediaKind;
import io.javalin.http.Context;

/**
 * The page a guest link opens: what it leads to and a name-and-email form; or a clear page when the link is expired,
 * used up, switched off, or not valid (unknown, revoked and replaced links look exactly alike).
 */
final class GuestJoinPage {
    private final Wiring w;

    GuestJoinPage(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable.Routes routes) {
        routes.get("/" + PublicUrls.GUEST_LINK_SEGMENT + "/{token}", this::show);
    }

    private void show(Context ctx) {
        String token = ctx.pathParam("token");
        GuestLinkPreview preview;
        try {
            preview = w.attempts().attempt(ctx, () -> w.core().guestJoining().preview(token));
        } catch (AccessRefused refused) {
            if (refused.code() != ErrorCode.GUEST_LINK_NOT_FOUND) {
                throw refused;
            }
            invalid().writeTo(ctx, 404);
            return;
        }
        if (!preview.guestAccessEnabled()) {
            Page.notice(w.settings(), "guest-access-off", "Guest access is off",
                    "The owner of \u201c" + preview.mediaTitle() + "\u201d has turned guest access off for now.").writeTo(ctx, 403);
            return;
        }
        switch (preview.state()) {
            case EXPIRED -> Page.notice(w.settings(), "link-expired", "This guest link has expired",
                    "Ask whoever shared it for a new link.").writeTo(ctx, 410);
            case EXHAUSTED -> Page.notice(w.settings(), "link-exhausted", "This guest link is full",
                    "As many guests as it allows have already joined. Ask whoever shared it for another link.").writeTo(ctx, 410);
            case REVOKED -> invalid().writeTo(ctx, 404);
            case ACTIVE -> form(token, preview).writeTo(ctx, 200);
        }
    }

    private Page invalid() {
        return Page.notice(w.settings(), "link-invalid", "This link is not valid",
                "It may have been replaced or revoked. Ask whoever shared it for a current link.");
    }

    private Page form(String token, GuestLinkPreview preview) {
        boolean lobby = preview.admission() == Admission.MODERATOR_APPROVAL;
        return new Page(w.settings(), "Join " + preview.mediaTitle(), Html.of("""
                <section id="guest-join" data-testid="guest-join" class="card">
                <h1>Join <span id="join-media-title" data-testid="join-media-title">{}</span></h1>
                <p class="meta"><span id="join-media-kind" data-testid="join-media-kind">{}</span> · as a guest, no account needed</p>
                {}{}
                <form id="join-form" data-testid="join-form" data-token="{}" class="stack" novalidate>
                <label for="guest-name">Your name</label>
                <input id="guest-name" name="name" data-testid="guest-name" required maxlength="100" autocomplete="name">
                <label for="guest-email">Your email</label>
                <input id="guest-email" name="email" type="email" data-testid="guest-email" required maxlength="254" autocomplete="email">
                <button type="submit" id="join-button" data-testid="join-button">Join</button>
                <div id="join-error" data-testid="join-error" class="error" role="alert" hidden></div>
                </form>
                </section>
                """,
                preview.mediaTitle(), kindLabel(preview.kind()),
                Html.when(!preview.allowedDomains().isEmpty(), Html.of(
                        "<p id=\"join-allowed-domains\" data-testid=\"join-allowed-domains\">Only emails at {} can join.</p>",
                        String.join(", ", preview.allowedDomains().stream().sorted().toList()))),
                Html.when(lobby, Html.of(
                        "<p id=\"join-lobby-note\" data-testid=\"join-lobby-note\">A moderator lets guests in from the lobby.</p>")),
                token));
    }

    private static String kindLabel(MediaKind kind) {
        return Labels.capitalised(kind);
    }
}
