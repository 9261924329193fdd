package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.notification.Notification;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailRendererTest {
    private static final URI LINK = URI.create("https://media.example.test/i/abc?x=1&y=2");

    @Test
    void an_invitation_names_inviter_media_role_link_and_expiry() {
        RenderedEmail email = EmailRenderer.render(new Notification.InvitationNotice(EmailAddress.parse("bob@example.com"),
                "Olivia", "All hands", MediaKind.LIVE_EVENT, Role.SPEAKER, Optional.of("See you\non Thursday"), LINK,
                Instant.parse("2030-01-22T10:00:00Z")));

        assertThat(email.to()).isEqualTo("bob@example.com");
        assertThat(email.subject()).isEqualTo("Olivia invited you to \u201cAll hands\u201d");
        assertThat(email.textBody()).contains("(live event) as speaker", "See you\non Thursday", LINK.toString(),
                "Only bob@example.com can accept it", "22 Jan 2030, 10:00 UTC");
        assertThat(email.htmlBody()).contains("<a href=\"https://media.example.test/i/abc?x=1&amp;y=2\">",
                "<strong>speaker</strong>");
        assertThat(email.links()).containsExactly(LINK.toString());
        assertThat(email.toString()).doesNotContain(LINK.toString(), "Thursday");
    }

    @Test
    void the_subject_stays_one_line_and_the_html_escapes_everything_typed() {
        RenderedEmail email = EmailRenderer.render(new Notification.InvitationNotice(EmailAddress.parse("bob@example.com"),
                "Eve\r\nBcc: all@example.com", "<script>x</script>", MediaKind.VIDEO, Role.VIEWER,
                Optional.of("\"quoted\" & 'single' <tag>"), LINK, Instant.parse("2030-01-22T10:00:00Z")));

        assertThat(email.subject()).doesNotContain("\r", "\n").isEqualTo("Eve Bcc: all@example.com invited you to \u201c<script>x</script>\u201d");
        assertThat(email.htmlBody()).contains("&lt;script&gt;x&lt;/script&gt;", "&quot;quoted&quot; &amp; &#39;single&#39; &lt;tag&gt;")
                .doesNotContain("<script>", "<tag>");
    }

    @Test
    void a_missing_message_leaves_no_empty_quote() {
        RenderedEmail email = EmailRenderer.render(new Notification.InvitationNotice(EmailAddress.parse("bob@example.com"),
                "Olivia", "Lecture", MediaKind.VIDEO, Role.VIEWER, Optional.empty(), LINK, Instant.parse("2030-01-22T10:00:00Z")));

        assertThat(email.htmlBody()).doesNotContain("blockquote");
        assertThat(email.textBody()).doesNotContain("Their message");
    }
}
