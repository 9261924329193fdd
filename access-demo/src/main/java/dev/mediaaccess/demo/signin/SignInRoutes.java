package dev.mediaaccess.demo.signin;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.Validation;
import dev.mediaaccess.core.common.ValidationFailed;
import dev.mediaaccess.demo.mailbox.DevMailbox;
import dev.mediaaccess.demo.mailbox.SignInCodeEmail;
import dev.mediaaccess.demo.web.Responses;
import dev.mediaaccess.demo.web.SameSiteOnly;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Demo-only sign-in with one-time codes, for JSON clients and for the {@code /demo/login} page alike:
 * <ul>
 *   <li>{@code POST /demo/login {"email","name"}} sends a code to the dev mailbox;</li>
 *   <li>{@code POST /demo/login/verify {"email","code"}} signs in with that email, verified, and sets the session cookie;</li>
 *   <li>{@code POST /demo/logout} signs out.</li>
 * </ul>
 * Forms post the same fields (plus {@code next}, where to go after signing in) and get redirects and pages back.
 */
public final class SignInRoutes {
    private final LoginCodes codes;
    private final DemoSessions sessions;
    private final SessionSignedInUsers users;
    private final SessionCookie cookie;
    private final DevMailbox mailbox;
    private final URI publicBaseUrl;
    private final SameSiteOnly sameSiteOnly;

    public SignInRoutes(LoginCodes codes, DemoSessions sessions, SessionCookie cookie, DevMailbox mailbox, URI publicBaseUrl) {
        this.codes = requireNonNull(codes, "codes");
        this.sessions = requireNonNull(sessions, "sessions");
        this.users = new SessionSignedInUsers(sessions);
        this.cookie = requireNonNull(cookie, "cookie");
        this.mailbox = requireNonNull(mailbox, "mailbox");
        this.publicBaseUrl = requireNonNull(publicBaseUrl, "publicBaseUrl");
        this.sameSiteOnly = new SameSiteOnly(publicBaseUrl);
    }

    public void addTo(JavalinConfig cfg) {
        cfg.routes.get("/demo/login", this::page);
        cfg.routes.post("/demo/login", sameSiteOnly(this::requestCode));
        cfg.routes.post("/demo/login/verify", sameSiteOnly(this::verify));
        cfg.routes.post("/demo/logout", sameSiteOnly(this::logout));
    }

    private void page(Context ctx) {
        String email = Optional.ofNullable(ctx.queryParam("email")).orElse("");
        boolean sent = "1".equals(ctx.queryParam("sent"));
        String next = Responses.localPath(ctx.queryParam("next"));
        ctx.html(SignInPage.render(users.user(ctx), sent ? SignInPage.Step.CODE : SignInPage.Step.EMAIL, email, "", next,
                Optional.empty()));
    }

    private void requestCode(Context ctx) {
        boolean form = Responses.isForm(ctx);
        Optional<Fields> parsed = fields(ctx, form);
        if (parsed.isEmpty()) {
            return;
        }
        Fields fields = parsed.get();
        String rawEmail = fields.get("email");
        String rawName = fields.get("name");
        String next = Responses.localPath(fields.get("next"));
        try {
            Validation validation = new Validation();
            EmailAddress email = validation.field("email", () -> EmailAddress.parse(rawEmail));
            DisplayName name = validation.field("name", () -> DisplayName.parse(rawName));
            validation.throwIfInvalid();
            LoginCodes.Issued issued = codes.issue(email, name);
            mailbox.deliver(SignInCodeEmail.render(issued, publicBaseUrl));
            if (form) {
                ctx.redirect("/demo/login?sent=1&email=" + encode(email.value()) + "&next=" + encode(next));
            } else {
                Responses.json(ctx, 202, Map.of("sentTo", email.value(), "expiresAt", issued.expiresAt().toString()));
            }
        } catch (AccessRefused refused) {
            refuse(ctx, form, refused, SignInPage.Step.EMAIL, rawEmail, orEmpty(rawName), next);
        }
    }

    private void verify(Context ctx) {
        boolean form = Responses.isForm(ctx);
        Optional<Fields> parsed = fields(ctx, form);
        if (parsed.isEmpty()) {
            return;
        }
        Fields fields = parsed.get();
        String rawEmail = fields.get("email");
        String next = Responses.localPath(fields.get("next"));
        try {
            Validation validation = new Validation();
            EmailAddress email = validation.field("email", () -> EmailAddress.parse(rawEmail));
            validation.throwIfInvalid();
            DemoUser user = codes.verify(email, fields.get("code"));
            String previous = SessionCookie.read(ctx);
            if (previous != null) {
                sessions.close(previous);
            }
            cookie.set(ctx, sessions.open(user), sessions.ttl());
            if (form) {
                ctx.redirect(next);
            } else {
                Responses.json(ctx, 200, Map.of("userId", user.id().value(), "name", user.name().value(),
                        "email", user.email().value()));
            }
        } catch (AccessRefused refused) {
            refuse(ctx, form, refused, SignInPage.Step.CODE, rawEmail, "", next);
        }
    }

    private Handler sameSiteOnly(Handler handler) {
        return ctx -> {
            if (sameSiteOnly.allows(ctx)) {
                handler.handle(ctx);
            }
        };
    }

    /** A refusal answers a form with the page again, at the same step and with the message; JSON with a problem. */
    private void refuse(Context ctx, boolean form, AccessRefused refused, SignInPage.Step step, String rawEmail, String name,
            String next) {
        if (form) {
            ctx.status(Responses.status(refused)).html(SignInPage.render(users.user(ctx), step, orEmpty(rawEmail), name, next,
                    Optional.of(describe(refused))));
        } else {
            Responses.refusal(ctx, refused);
        }
    }

    private void logout(Context ctx) {
        String token = SessionCookie.read(ctx);
        if (token != null) {
            sessions.close(token);
        }
        cookie.clear(ctx);
        if (Responses.isForm(ctx)) {
            ctx.redirect("/");
        } else {
            ctx.status(204);
        }
    }

    private static String describe(AccessRefused refused) {
        if (refused instanceof ValidationFailed invalid) {
            return String.join(" ", invalid.errors().stream().map(e -> capitalise(e.field()) + ": " + e.message() + ".").toList());
        }
        return refused.detail();
    }

    private static String capitalise(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The request's fields, from a form or a JSON object. */
    private interface Fields {
        String get(String name);
    }

    /** The request's fields, from a form or a JSON object; empty, with a 400 answered, if the JSON is malformed. */
    private static Optional<Fields> fields(Context ctx, boolean form) {
        if (form) {
            return Optional.of(ctx::formParam);
        }
        JsonNode body;
        try {
            body = Responses.JSON.readTree(ctx.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            Responses.problem(ctx, 400, "malformed-request", "The body must be a JSON object.", List.of());
            return Optional.empty();
        }
        JsonNode object = body;
        return Optional.of(name -> object.hasNonNull(name) && object.get(name).isTextual() ? object.get(name).asText() : null);
    }
}
