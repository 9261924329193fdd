package dev.mediaaccess.http;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.core.notification.Notification.InvitationNotice;
import dev.mediaaccess.core.notification.Notification.OneTimeCodeNotice;
import java.util.List;

/**
 * Renders the core's notifications as emails. Names, titles and messages are whatever people typed: the HTML body
 * escapes them, the subject loses any line break, and the plain-text body keeps them as text.
 */
public final class EmailRenderer {
    private EmailRenderer() {}

    public static RenderedEmail render(Notification notification) {
        requireNonNull(notification, "notification");
        if (notification instanceof InvitationNotice invitation) {
            return invitation(invitation);
        }
        return code((OneTimeCodeNotice) notification);
    }

    private static RenderedEmail invitation(InvitationNotice n) {
        String link = n.link().toString();
        String kind = Labels.of(n.kind());
        String role = Labels.of(n.role());
        String expires = Labels.when(n.expiresAt());
        String subject = oneLine(n.inviterName() + " invited you to \u201c" + n.mediaTitle() + "\u201d");
        StringBuilder text = new StringBuilder()
                .append(n.inviterName()).append(" invited you to \u201c").append(n.mediaTitle()).append("\u201d (")
                .append(kind).append(") as ").append(role).append(".\n\n");
        n.message().ifPresent(message -> text.append("Their message:\n").append(message).append("\n\n"));
        text.append("Open the invitation:\n").append(link).append("\n\n")
                .append("Only ").append(n.to().value()).append(" can accept it. It expires on ").append(expires).append(".\n");
        Html html = Html.of("""
                <!doctype html>
                <html lang="en"><body>
                <p><strong>{}</strong> invited you to <strong>{}</strong> ({}) as <strong>{}</strong>.</p>
                {}
                <p><a href="{}">Open the invitation</a></p>
                <p>Only {} can accept it. It expires on {}.</p>
                </body></html>
                """,
                n.inviterName(), n.mediaTitle(), kind, role,
                n.message().map(message -> Html.of("<p>Their message:</p><blockquote style=\"white-space:pre-wrap\">{}</blockquote>", message))
                        .orElse(Html.EMPTY),
                link, n.to().value(), expires);
        return new RenderedEmail(n.to().value(), subject, text.toString(), html.markup(), List.of(link));
    }

    private static RenderedEmail code(OneTimeCodeNotice n) {
        String expires = Labels.when(n.expiresAt());
        String subject = oneLine("Your code for \u201c" + n.mediaTitle() + "\u201d");
        String text = "Your one-time code for \u201c" + n.mediaTitle() + "\u201d is " + n.code() + ".\n\n"
                + "It works until " + expires + ". If you did not ask for it, ignore this email.\n";
        Html html = Html.of("""
                <!doctype html>
                <html lang="en"><body>
                <p>Your one-time code for <strong>{}</strong> is</p>
                <p style="font-size:1.5em;letter-spacing:0.2em"><strong>{}</strong></p>
                <p>It works until {}. If you did not ask for it, ignore this email.</p>
                </body></html>
                """, n.mediaTitle(), n.code(), expires);
        return new RenderedEmail(n.to().value(), subject, text, html.markup(), List.of());
    }

    /** A header must stay one line, whatever the text holds. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t\\u0000-\\u001f\\u007f]+", " ").strip();
    }
}
