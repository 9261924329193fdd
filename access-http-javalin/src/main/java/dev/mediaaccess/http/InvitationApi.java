package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.ValidationFailed;
import dev.mediaaccess.core.invitation.application.Acceptance;
import dev.mediaaccess.core.invitation.application.CodeSent;
import dev.mediaaccess.core.invitation.application.InvitationRequest;
import dev.mediaaccess.core.invitation.application.InvitationView;
import dev.mediaaccess.core.invitation.application.Invitee;
import dev.mediaaccess.core.invitation.application.Proof;
import dev.mediaaccess.core.media.model.MediaId;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Invitations: send to specific emails with a role each, manage them, and accept them by account or one-time code. */
final class InvitationApi {
    private static final String INVITATIONS = "/api/media/{mediaId}/invitations";
    private static final String INVITATION = INVITATIONS + "/{invitationId}";

    private final Wiring w;

    InvitationApi(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable.Routes routes) {
        routes.post(INVITATIONS, this::invite);
        routes.get(INVITATIONS, this::list);
        routes.patch(INVITATION, this::changeRole);
        routes.post(INVITATION + "/resend", this::resend);
        routes.delete(INVITATION, this::revoke);
        routes.post("/api/invitations/accept", this::accept);
        routes.post("/api/invitations/code", this::sendCode);
    }

    private void invite(Context ctx) {
        MediaId media = Ids.media(ctx);
        Principal principal = w.principals().on(ctx, media);
        Requests.Invite body = Json.read(ctx, Requests.Invite.class);
        Inputs inputs = new Inputs();
        List<Invitee> invitees = new ArrayList<>();
        List<Requests.InviteeInput> rows = body.invitees() == null ? List.of() : body.invitees();
        for (int i = 0; i < rows.size(); i++) {
            Requests.InviteeInput row = rows.get(i);
            invitees.add(row == null ? Invitee.of(null, null) : Invitee.of(row.email(), inputs.choice("invitees[" + i + "].role", row.role(), Role.class)));
        }
        Instant expiresAt = inputs.instant("expiresAt", body.expiresAt());
        inputs.done();
        InvitationRequest request = new InvitationRequest(invitees, Optional.ofNullable(body.message()), Optional.ofNullable(expiresAt));
        List<InvitationView> sent = w.core().invitationManagement().invite(principal, media, request);
        Json.write(ctx, 201, sent.stream().map(Views.InvitationJson::of).toList());
    }

    private void list(Context ctx) {
        MediaId media = Ids.media(ctx);
        Json.write(ctx, 200, w.core().invitationManagement().list(w.principals().on(ctx, media), media).stream()
                .map(Views.InvitationJson::of).toList());
    }

    private void changeRole(Context ctx) {
        MediaId media = Ids.media(ctx);
        Principal principal = w.principals().on(ctx, media);
        Requests.RoleChange body = Json.read(ctx, Requests.RoleChange.class);
        Inputs inputs = new Inputs();
        Role role = inputs.choice("role", body.role(), Role.class);
        if (body.role() == null) {
            inputs.reject("role", "required", "choose a role");
        }
        inputs.done();
        Json.write(ctx, 200, Views.InvitationJson.of(
                w.core().invitationManagement().changeRole(principal, media, Ids.invitation(ctx), role)));
    }

    private void resend(Context ctx) {
        MediaId media = Ids.media(ctx);
        Json.write(ctx, 200, Views.InvitationJson.of(
                w.core().invitationManagement().resend(w.principals().on(ctx, media), media, Ids.invitation(ctx))));
    }

    private void revoke(Context ctx) {
        MediaId media = Ids.media(ctx);
        Json.write(ctx, 200, Views.InvitationJson.of(
                w.core().invitationManagement().revoke(w.principals().on(ctx, media), media, Ids.invitation(ctx))));
    }

    /**
     * With a code: proof by the one-time code, and a pass in a cookie. Without: proof by the signed-in user's verified
     * email, and no pass (the host's session is how they come back).
     */
    private void accept(Context ctx) {
        Requests.Accept body = Json.read(ctx, Requests.Accept.class);
        Proof proof;
        if (body.code() != null) {
            proof = Proof.code(body.code(), body.name());
        } else {
            proof = Proof.signedIn(w.principals().requireUser(ctx,
                    "Sign in with the invited email to accept, or ask for a one-time code."));
        }
        Acceptance accepted = w.attempts().attempt(ctx, () -> w.core().invitationAcceptance().accept(body.token(), proof));
        MediaId media = accepted.media().id();
        accepted.pass().ifPresent(pass -> PassCookies.set(ctx, w.settings(), media, pass));
        Role role = accepted.member().role();
        Json.write(ctx, 201, new Views.AcceptanceJson(media.value(), accepted.media().title(), role.name(),
                Views.names(w.core().policy().capabilities(accepted.media().kind(), role)), accepted.member().id().value(),
                w.mediaPageUrl(media), accepted.pass().map(Views.PassJson::of).orElse(null)));
    }

    private void sendCode(Context ctx) {
        Requests.CodeRequest body = Json.read(ctx, Requests.CodeRequest.class);
        if (body.token() == null) {
            throw ValidationFailed.of("token", "required", "must be the token from the invitation link");
        }
        CodeSent sent = w.attempts().attempt(ctx, () -> w.core().invitationAcceptance().sendCode(body.token()));
        Json.write(ctx, 200, new Views.CodeSentJson(sent.maskedEmail(), Views.text(sent.expiresAt())));
    }
}
