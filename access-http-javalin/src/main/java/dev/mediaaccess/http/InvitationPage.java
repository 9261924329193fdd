package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.PublicUrls;
import dev.mediaaccess.core.invitation.application.InvitationPreview;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The page an invitation link opens: who invited you, to what, as which role; accept as the signed-in user, or have a
 * one-time code sent to the invited email and enter it. Clear pages for expired, accepted and invalid invitations.
 */
final class InvitationPage {
    private final Wiring w;

    InvitationPage(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable.Routes routes) {
        routes.get("/" + PublicUrls.INVITATION_SEGMENT + "/{token}", this::show);
    }

    private void show(Context ctx) {
        String token = ctx.pathParam("token");
        InvitationPreview preview;
        try {
            preview = w.attempts().attempt(ctx, () -> w.core().invitationAcceptance().preview(token));
        } catch (AccessRefused refused) {
            if (refused.code() != ErrorCode.INVITATION_NOT_FOUND) {
                throw refused;
            }
            invalid().writeTo(ctx, 404);
            return;
        }
        switch (preview.status()) {
            case EXPIRED -> Page.notice(w.settings(), "invitation-expired", "This invitation has expired",
                    "Ask " + preview.invitedBy() + " to send it again.").writeTo(ctx, 410);
            case ACCEPTED -> Page.notice(w.settings(), "invitation-accepted", "This invitation was already accepted",
                    "Open \u201c" + preview.mediaTitle() + "\u201d the way you did when you accepted it.").writeTo(ctx, 409);
            case REVOKED -> invalid().writeTo(ctx, 404);
            case PENDING -> page(token, preview, w.principals().user(ctx)).writeTo(ctx, 200);
        }
    }

    private Page invalid() {
        return Page.notice(w.settings(), "invitation-invalid", "This invitation link is not valid",
                "It may have been replaced by a newer invitation or revoked. Check your latest email, or ask for a new one.");
    }

    private Page page(String token, InvitationPreview preview, Optional<Principal.User> user) {
        Html acceptSignedIn = user.map(signedIn -> Html.of("""
                <div id="accept-signed-in-block" class="stack">
                <p>You are signed in as <strong id="signed-in-name" data-testid="signed-in-name">{}</strong>.</p>
                <button type="button" id="accept-signed-in" data-testid="accept-signed-in" data-action="accept-signed-in">Accept as {}</button>
                </div>
                """, signedIn.name().value(), signedIn.name().value())).orElse(Html.EMPTY);
        return new Page(w.settings(), "Invitation to " + preview.mediaTitle(), Html.of("""
                <section id="invitation" data-testid="invitation" data-token="{}" class="card">
                <h1><span id="invitation-inviter" data-testid="invitation-inviter">{}</span> invited you to
                <span id="invitation-media-title" data-testid="invitation-media-title">{}</span></h1>
                <p class="meta"><span id="invitation-media-kind" data-testid="invitation-media-kind">{}</span>
                · as <strong id="invitation-role" data-testid="invitation-role" data-role="{}">{}</strong></p>
                <p>Sent to <span id="invitation-email" data-testid="invitation-email">{}</span>;
                valid until <time id="invitation-expires" data-testid="invitation-expires" datetime="{}">{}</time>.</p>
                {}
                {}
                <div id="code-block" class="stack">
                <p>{}</p>
                <button type="button" id="request-code" data-testid="request-code" data-action="request-code">Email me a code</button>
                <p id="code-sent" data-testid="code-sent" role="status" hidden></p>
                <form id="code-form" data-testid="code-form" class="stack" novalidate hidden>
                <label for="invitation-code">Code from the email</label>
                <input id="invitation-code" name="code" data-testid="invitation-code" inputmode="numeric" autocomplete="one-time-code" maxlength="6">
                <label for="invitee-name">Your name (optional)</label>
                <input id="invitee-name" name="name" data-testid="invitee-name" maxlength="100" autocomplete="name">
                <button type="submit" id="accept-with-code" data-testid="accept-with-code">Accept invitation</button>
                </form>
                </div>
                <div id="invitation-error" data-testid="invitation-error" class="error" role="alert" hidden></div>
                </section>
                """,
                token, preview.invitedBy(), preview.mediaTitle(), Labels.capitalised(preview.kind()), preview.role().name(),
                Labels.of(preview.role()), preview.maskedEmail(), preview.expiresAt().toString(), Labels.when(preview.expiresAt()),
                preview.message().map(message -> Html.of(
                        "<blockquote id=\"invitation-message\" data-testid=\"invitation-message\">{}</blockquote>", message))
                        .orElse(Html.EMPTY),
                acceptSignedIn,
                user.isPresent()
                        ? "Signed in with another email? We can send a one-time code to the invited address instead."
                        : "We can send a one-time code to the invited address to prove it is you."));
    }
}
