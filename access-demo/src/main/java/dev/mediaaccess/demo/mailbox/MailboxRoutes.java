package dev.mediaaccess.demo.mailbox;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.demo.signin.SessionSignedInUsers;
import dev.mediaaccess.demo.web.Responses;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dev mailbox: {@code GET /demo/outbox} (a page) and {@code GET /api/demo/outbox} (JSON: to, subject, body,
 * links, sentAt; newest first; {@code ?to=} keeps one address).
 */
public final class MailboxRoutes {
    private final DevMailbox mailbox;
    private final SessionSignedInUsers users;

    public MailboxRoutes(DevMailbox mailbox, SessionSignedInUsers users) {
        this.mailbox = requireNonNull(mailbox, "mailbox");
        this.users = requireNonNull(users, "users");
    }

    public void addTo(JavalinConfig cfg) {
        cfg.routes.get("/demo/outbox", this::page);
        cfg.routes.get("/api/demo/outbox", this::json);
    }

    private void page(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(OutboxPage.render(users.user(ctx), emails(ctx)));
    }

    private void json(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        List<Map<String, Object>> body = emails(ctx).stream().map(MailboxRoutes::toJson).toList();
        Responses.json(ctx, 200, body);
    }

    private List<DevMailbox.SentEmail> emails(Context ctx) {
        String to = ctx.queryParam("to");
        return to == null || to.isBlank() ? mailbox.all() : mailbox.to(to);
    }

    private static Map<String, Object> toJson(DevMailbox.SentEmail sent) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("to", sent.email().to());
        json.put("subject", sent.email().subject());
        json.put("body", sent.email().textBody());
        json.put("links", sent.email().links());
        json.put("sentAt", sent.sentAt().toString());
        return json;
    }
}
