package dev.mediaaccess.demo.mailbox;

import static dev.mediaaccess.demo.web.Html.escape;

import dev.mediaaccess.demo.signin.DemoUser;
import dev.mediaaccess.demo.web.Html;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The dev mailbox page: every kept email, newest first, as plain text with its links. */
final class OutboxPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private OutboxPage() {}

    static String render(Optional<DemoUser> user, List<DevMailbox.SentEmail> emails) {
        StringBuilder body = new StringBuilder("""
                <p>Demo only: the emails this server would have sent. Nothing leaves the machine; anyone who can open
                this page can read them. <a href="/demo/outbox">Refresh</a> · as JSON: <a href="/api/demo/outbox">/api/demo/outbox</a></p>
                """);
        if (emails.isEmpty()) {
            body.append("<p id=\"outbox-empty\">No emails yet.</p>");
        }
        body.append("<div id=\"outbox\">\n");
        for (DevMailbox.SentEmail sent : emails) {
            body.append("""
                    <article class="card email" data-to="%s">
                      <div><strong class="email-subject">%s</strong></div>
                      <div>To <span class="email-to">%s</span> · <time datetime="%s">%s</time></div>
                      <hr>
                      <pre class="email-body">%s</pre>
                      %s
                    </article>
                    """.formatted(escape(sent.email().to()), escape(sent.email().subject()), escape(sent.email().to()),
                    escape(sent.sentAt().toString()), escape(TIME.format(sent.sentAt())), escape(sent.email().textBody()),
                    links(sent.email().links())));
        }
        body.append("</div>\n");
        return Html.page("Dev mailbox", user, body.toString());
    }

    private static String links(List<String> links) {
        StringBuilder html = new StringBuilder();
        for (String link : links) {
            if (link.startsWith("http://") || link.startsWith("https://")) {
                html.append("<p><a class=\"email-link\" href=\"").append(escape(link)).append("\">").append(escape(link)).append("</a></p>");
            }
        }
        return html.toString();
    }
}
