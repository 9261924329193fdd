package dev.mediaaccess.demo.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.testkit.fixtures.MutableClock;
import dev.mediaaccess.testkit.fixtures.TestSecrets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoSessionsTest {
    private static final DemoUser ADA = DemoUser.of(EmailAddress.parse("ada@example.com"), DisplayName.parse("Ada"));

    private final MutableClock clock = MutableClock.atTestNow();
    private final DemoSessions sessions = new DemoSessions(TestSecrets.tokens(), clock, Duration.ofHours(1));

    @Test
    void a_session_token_finds_its_user_until_it_expires() {
        String token = sessions.open(ADA);

        assertThat(sessions.find(token)).contains(ADA);
        clock.advance(Duration.ofMinutes(59));
        assertThat(sessions.find(token)).contains(ADA);
        clock.advance(Duration.ofMinutes(1));
        assertThat(sessions.find(token)).isEmpty();
    }

    @Test
    void a_closed_session_finds_nobody() {
        String token = sessions.open(ADA);

        sessions.close(token);

        assertThat(sessions.find(token)).isEmpty();
    }

    @Test
    void unknown_and_malformed_tokens_find_nobody() {
        String token = sessions.open(ADA);

        assertThat(sessions.find(token.substring(1) + "A")).isEmpty();
        assertThat(sessions.find("not a token")).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void every_session_gets_its_own_token() {
        assertThat(sessions.open(ADA)).isNotEqualTo(sessions.open(ADA));
    }
}
