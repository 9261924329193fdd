package dev.mediaaccess.demo.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.demo.signin.LoginCodes;
import dev.mediaaccess.http.EmailRenderer;
import dev.mediaaccess.http.RenderedEmail;
import dev.mediaaccess.testkit.fixtures.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevMailboxTest {
    private final MutableClock clock = MutableClock.atTestNow();
    private final DevMailbox mailbox = new DevMailbox(clock);

    @Test
    void keeps_core_notifications_rendered_as_the_http_adapter_renders_them() {
        var notice = new Notification.OneTimeCodeNotice(EmailAddress.parse("ada@example.com"), "Design review", "123456",
                clock.instant().plus(Duration.ofMinutes(10)));

        mailbox.send(notice);

        assertThat(mailbox.all()).singleElement().satisfies(sent -> {
            assertThat(sent.email()).isEqualTo(EmailRenderer.render(notice));
            assertThat(sent.sentAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void lists_newest_first_and_filters_by_address_ignoring_case() {
        mailbox.deliver(email("ada@example.com", "first"));
        clock.advance(Duration.ofSeconds(1));
        mailbox.deliver(email("bob@example.com", "second"));
        clock.advance(Duration.ofSeconds(1));
        mailbox.deliver(email("ada@example.com", "third"));

        assertThat(mailbox.all()).extracting(sent -> sent.email().subject()).containsExactly("third", "second", "first");
        assertThat(mailbox.to("ADA@example.com ")).extracting(sent -> sent.email().subject()).containsExactly("third", "first");
    }

    @Test
    void keeps_only_the_newest_emails_beyond_its_capacity() {
        for (int i = 0; i < DevMailbox.CAPACITY + 5; i++) {
            mailbox.deliver(email("ada@example.com", "email " + i));
        }

        assertThat(mailbox.all()).hasSize(DevMailbox.CAPACITY);
        assertThat(mailbox.all().get(0).email().subject()).isEqualTo("email " + (DevMailbox.CAPACITY + 4));
        assertThat(mailbox.all().get(DevMailbox.CAPACITY - 1).email().subject()).isEqualTo("email 5");
    }

    @Test
    void a_sign_in_code_email_carries_the_code_and_a_link_back_to_the_sign_in_page() {
        var issued = new LoginCodes.Issued(EmailAddress.parse("a+b@example.com"), "042917", clock.instant());

        RenderedEmail email = SignInCodeEmail.render(issued, URI.create("http://localhost:7070"));

        assertThat(email.to()).isEqualTo("a+b@example.com");
        assertThat(email.subject()).contains("042917");
        assertThat(email.textBody()).contains("042917", "Demo only");
        assertThat(email.htmlBody()).contains("<strong>042917</strong>", "http://localhost:7070/demo/login?email=a%2Bb%40example.com");
        assertThat(email.links()).containsExactly("http://localhost:7070/demo/login?email=a%2Bb%40example.com");
    }

    private static RenderedEmail email(String to, String subject) {
        return new RenderedEmail(to, subject, "text", "<p>html</p>", List.of());
    }
}
