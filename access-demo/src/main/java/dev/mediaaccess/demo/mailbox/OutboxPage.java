package dev.mediaaccess.demo.mailbox;

import dev.mediaaccess.demo.signin.DemoUser;
import dev.mediaaccess.demo.web.DemoPage;
import dev.mediaaccess.http.Html;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The dev mailbox page: every kept email, newest first, as plain text with its links. */
final class OutboxPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private OutboxPage() {}

    static String render(Optional<DemoUser> user, List<DevMailbox.SentEmail> emails) {
        return DemoPage.render("Dev mailbox", user, Html.of("""
                <p>Demo only: the emails this server would have sent. Nothing leaves the machine; anyone who can open
                this page can read them. <a href="/demo/outbox">Refresh</a> · as JSON: <a href="/api/demo/outbox">/api/demo/outbox</a></p>
                {}<div id="outbox">
                {}</div>
                """,
                Html.when(emails.isEmpty(), Html.of("<p id=\"outbox-empty\">No emails yet.</p>")),
                Html.join(emails.stream().map(OutboxPage::email).toList())));
    }

    private static Html email(DevMailbox.SentEmail sent) {
        return Html.of("""
                <article class="card email" data-to="{}">
                  <div><strong class="email-subject">{}</strong></div>
                  <div>To <span class="email-to">{}</span> · <time datetime="{}">{}</time></div>
                  <hr>
                  <pre class="email-body">{}</pre>
                  {}
                </article>
                """, sent.email().to(), sent.email().subject(), sent.email().to(), sent.sentAt().toString(),
                TIME.format(sent.sentAt()), sent.email().textBody(), links(sent.email().links()));
    }

    /** Only http(s) links become anchors: escaping keeps a link from becoming markup, not from being javascript:. */
    private static Html links(List<String> links) {
        return Html.join(links.stream()
                .filter(link -> link.startsWith("http://") || link.startsWith("https://"))
                .map(link -> Html.of("<p><a class=\"email-link\" href=\"{}\">{}</a></p>", link, link))
                .toList());
    }
}
