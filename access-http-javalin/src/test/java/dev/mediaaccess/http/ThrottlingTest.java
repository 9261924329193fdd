package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlingTest extends ApiTest {
    private final ManualTime time = new ManualTime();

    @Override
    TestWorld newWorld() {
        return new TestWorld("", http -> http.tokenAttemptLimit(3, Duration.ofMinutes(1)).throttleTime(time));
    }

    private static final String UNKNOWN = "{\"token\":\"" + "Z".repeat(43) + "\",\"name\":\"Ann\",\"email\":\"ann@example.com\"}";

    @Test
    void failed_token_attempts_spend_the_budget_then_everything_token_related_is_429_with_retry_after() {
        String token = tokenOf(enableGuests(media("Lecture", "VIDEO")));
        for (int i = 0; i < 3; i++) {
            assertProblem(api.post("/api/join", UNKNOWN), 404, "guest-link-not-found");
        }

        Api.Reply throttled = api.post("/api/join",
                "{\"token\":\"" + token + "\",\"name\":\"Ann\",\"email\":\"ann@example.com\"}");

        assertProblem(throttled, 429, "too-many-attempts");
        assertThat(throttled.header("Retry-After")).contains("20");
        assertProblem(api.post("/api/invitations/code", "{\"token\":\"" + token + "\"}"), 429, "too-many-attempts");
        assertProblem(api.post("/api/invitations/accept", "{\"token\":\"x\",\"code\":\"123456\"}"), 429, "too-many-attempts");
        Api.Reply page = api.get("/g/" + token);
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).contains("20");
        assertThat(page.body()).contains("data-code=\"too-many-attempts\"");
        assertThat(api.get("/i/" + token).status()).isEqualTo(429);

        time.advance(Duration.ofSeconds(20));
        assertThat(join(token, "Ann", "ann@example.com").status()).isEqualTo(201);
    }

    @Test
    void successes_and_other_refusals_cost_nothing() {
        String id = media("Lecture", "VIDEO");
        String token = tokenOf(enableGuests(id));
        String partnersOnly = tokenOf(createLink(id, "{\"allowedDomains\":[\"partner.org\"]}"));

        for (int i = 0; i < 5; i++) {
            assertThat(join(token, "Ann", "ann@example.com").status()).isEqualTo(201);
            assertProblem(join(partnersOnly, "Ann", "ann@example.com"), 403, "email-domain-not-allowed");
            assertProblem(join(token, "", "ann@example.com"), 400, "validation-failed");
        }

        assertThat(join(token, "Ann", "ann@example.com").status()).isEqualTo(201);
    }

    @Test
    void wrong_codes_and_unknown_invitation_tokens_count() {
        CodeAsked asked = invitedWithCodeAsked("dana@example.com");
        String token = asked.token();
        String code = asked.code();
        String wrong = asked.wrongCode();

        assertProblem(api.post("/api/invitations/accept", "{\"token\":\"" + token + "\",\"code\":\"" + wrong + "\"}"), 403, "code-invalid");
        assertThat(api.get("/i/" + "Q".repeat(43)).status()).isEqualTo(404);
        assertProblem(api.post("/api/invitations/code", "{\"token\":\"nope\"}"), 404, "invitation-not-found");

        assertProblem(api.post("/api/invitations/accept", "{\"token\":\"" + token + "\",\"code\":\"" + code + "\"}"),
                429, "too-many-attempts");
    }

    @Test
    void each_client_address_has_its_own_budget_and_forwarded_for_is_ignored_unless_trusted() {
        for (int i = 0; i < 3; i++) {
            api.with("X-Forwarded-For", "203.0.113." + i).post("/api/join", UNKNOWN);
        }

        assertProblem(api.with("X-Forwarded-For", "198.51.100.7").post("/api/join", UNKNOWN), 429, "too-many-attempts");
    }

    @Test
    void behind_a_trusted_proxy_the_last_forwarded_address_is_the_client() {
        world.close();
        world = new TestWorld("", http -> http.tokenAttemptLimit(3, Duration.ofMinutes(1)).throttleTime(time).trustForwardedFor(true));
        api = world.api;
        Api mallet = api.with("X-Forwarded-For", "10.9.9.9, 203.0.113.5");
        for (int i = 0; i < 3; i++) {
            mallet.post("/api/join", UNKNOWN);
        }

        assertProblem(api.with("X-Forwarded-For", "1.2.3.4, 203.0.113.5").post("/api/join", UNKNOWN), 429, "too-many-attempts");
        assertProblem(api.with("X-Forwarded-For", "203.0.113.6").post("/api/join", UNKNOWN), 404, "guest-link-not-found");
    }
}
