package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import org.junit.jupiter.api.Test;

class StatusOfRefusalTest {
    @Test
    void hosts_get_the_same_status_for_a_refusal_as_the_adapter_answers_with() {
        for (ErrorCode code : ErrorCode.values()) {
            AccessRefused refused = new AccessRefused(code, "refused");
            assertThat(AccessHttp.statusOf(refused)).as(code.code())
                    .isEqualTo(Problem.of(refused).status())
                    .isBetween(400, 429);
        }
        assertThat(AccessHttp.statusOf(new AccessRefused(ErrorCode.GUEST_LINK_EXPIRED, "gone"))).isEqualTo(410);
        assertThat(AccessHttp.statusOf(new AccessRefused(ErrorCode.CODE_ATTEMPTS_EXHAUSTED, "slow down"))).isEqualTo(429);
    }
}
