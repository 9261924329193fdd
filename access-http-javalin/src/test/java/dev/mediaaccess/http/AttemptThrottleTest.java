package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AttemptThrottleTest {
    private final ManualTime time = new ManualTime();
    private final AttemptThrottle throttle = new AttemptThrottle(4, Duration.ofMinutes(2), time);

    @Test
    void an_address_is_blocked_once_its_failures_use_the_budget_and_refills_evenly() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("a");
            assertThat(throttle.blockedFor("a")).isEmpty();
        }
        throttle.recordFailure("a");

        assertThat(throttle.blockedFor("a")).contains(Duration.ofSeconds(30));
        time.advance(Duration.ofSeconds(29));
        assertThat(throttle.blockedFor("a")).contains(Duration.ofSeconds(1));
        time.advance(Duration.ofSeconds(1));
        assertThat(throttle.blockedFor("a")).isEmpty();
        throttle.recordFailure("a");
        assertThat(throttle.blockedFor("a")).isPresent();
    }

    @Test
    void addresses_do_not_share_a_budget_and_an_unknown_address_is_free() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("a");
        }

        assertThat(throttle.blockedFor("a")).isPresent();
        assertThat(throttle.blockedFor("b")).isEmpty();
    }
}
