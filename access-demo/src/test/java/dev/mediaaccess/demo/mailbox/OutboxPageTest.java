package dev.mediaaccess.demo.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.http.RenderedEmail;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mailbox shows what people typed (names, messages) in emails: as text, never as markup. */
class OutboxPageTest {

    @Test
    void shows_every_email_as_escaped_text_and_only_http_links_as_links() {
        RenderedEmail email = new RenderedEmail("ann@example.com", "<b>Join \"us\"</b>", "Hi <script>alert(1)</script> & bye",
                "<p>ignored</p>", List.of("https://media.example.com/i/abc?x=1&y=2", "javascript:alert(1)"));

        String page = OutboxPage.render(Optional.empty(), List.of(new DevMailbox.SentEmail(Instant.EPOCH, email)));

        assertThat(page).contains("<strong class=\"email-subject\">&lt;b&gt;Join &quot;us&quot;&lt;/b&gt;</strong>",
                "<pre class=\"email-body\">Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; bye</pre>",
                "<a class=\"email-link\" href=\"https://media.example.com/i/abc?x=1&amp;y=2\">")
                .doesNotContain("<script>alert", "javascript:", "id=\"outbox-empty\"");
        assertThat(OutboxPage.render(Optional.empty(), List.of())).contains("<p id=\"outbox-empty\">No emails yet.</p>");
    }
}
