package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediaaccess.core.media.model.MediaId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JoinApiTest extends ApiTest {

    @Test
    void a_guest_joins_with_name_and_email_and_gets_a_pass_cookie_for_that_media() {
        String id = media("Lecture", "VIDEO");
        String token = tokenOf(enableGuests(id));

        Api.Reply joined = join(token, "Ann Guest", "ann@example.com");

        assertThat(joined.status()).isEqualTo(201);
        JsonNode body = joined.json();
        assertThat(body.get("status").asText()).isEqualTo("admitted");
        assertThat(body.get("mediaId").asText()).isEqualTo(id);
        assertThat(body.get("role").asText()).isEqualTo("GUEST");
        assertThat(body.get("pageUrl").asText()).isEqualTo(TestWorld.BASE_URL + "/media/" + id);
        assertThat(body.get("pass").get("expiresAt").asText()).isEqualTo("2030-01-15T22:00:00Z");
        String cookie = joined.all("Set-Cookie").get(0);
        assertThat(cookie).startsWith(PassCookies.nameFor(MediaId.of(id)) + "=")
                .contains("; Path=/", "; HttpOnly", "; SameSite=Lax", "; Secure", "; Max-Age=43200");
        assertThat(joined.header("Cache-Control")).contains("no-store");
        assertThat(joined.header("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void on_a_plain_http_base_url_the_cookie_is_not_secure_and_that_origin_is_the_allowed_one() {
        world.close();
        world = new TestWorld("http://localhost:7070", "", http -> http);
        api = world.api;
        String token = tokenOf(enableGuests(media("Lecture", "VIDEO")));
        String body = "{\"token\":\"" + token + "\",\"name\":\"Ann\",\"email\":\"ann@example.com\"}";

        assertProblem(api.with("Origin", TestWorld.BASE_URL).post("/api/join", body), 403, "cross-site-request");
        Api.Reply joined = api.with("Origin", "http://localhost:7070").post("/api/join", body);

        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.all("Set-Cookie").get(0)).contains("; HttpOnly").doesNotContain("Secure");
    }

    @Test
    void the_cookie_or_the_bearer_token_lets_the_guest_in_with_limited_capabilities() {
        String id = media("Lecture", "VIDEO");
        Api.Reply joined = join(tokenOf(enableGuests(id)), "Ann Guest", "ann@example.com");

        JsonNode byCookie = api.cookie(joined.cookiePair()).get("/api/media/" + id).json();
        JsonNode byBearer = api.bearer(joined.json().get("pass").get("token").asText()).get("/api/media/" + id).json();

        for (JsonNode view : new JsonNode[] {byCookie, byBearer}) {
            assertThat(view.get("role").asText()).isEqualTo("GUEST");
            assertThat(view.get("capabilities")).extracting(JsonNode::asText).containsExactly("VIEW");
            assertThat(view.has("owner") && !view.get("owner").isNull()).isFalse();
        }
    }

    @Test
    void a_signed_in_user_without_a_place_on_the_media_acts_through_the_pass_they_hold() {
        String id = media("Lecture", "VIDEO");
        String cookie = join(tokenOf(enableGuests(id)), "Bob", "bob@example.com").cookiePair();

        assertThat(api.as("bob").cookie(cookie).get("/api/media/" + id).json().get("role").asText()).isEqualTo("GUEST");
        assertThat(api.as("olivia").cookie(cookie).get("/api/media/" + id).json().get("role").asText()).isEqualTo("OWNER");
        assertProblem(api.as("bob").get("/api/media/" + id), 403, "not-permitted");
    }

    @Test
    void a_guest_holds_one_pass_per_media() {
        String first = media("First", "VIDEO");
        String second = media("Second", "AUDIO");
        String cookieA = join(tokenOf(enableGuests(first)), "Ann", "ann@example.com").cookiePair();
        String cookieB = join(tokenOf(enableGuests(second)), "Ann", "ann@example.com").cookiePair();

        Api both = api.cookie(cookieA + "; " + cookieB);

        assertThat(both.get("/api/media/" + first).json().get("title").asText()).isEqualTo("First");
        assertThat(both.get("/api/media/" + second).json().get("title").asText()).isEqualTo("Second");
        assertProblem(api.cookie(cookieA).get("/api/media/" + second), 401, "not-signed-in");
    }

    @Test
    void with_moderator_approval_the_guest_waits_in_the_lobby_until_admitted() {
        String id = media("Town hall", "ROOM_SESSION");
        enableGuests(id);
        String token = tokenOf(createLink(id, "{\"admission\":\"MODERATOR_APPROVAL\"}"));

        Api.Reply waiting = join(token, "Ann", "ann@example.com");

        assertThat(waiting.status()).isEqualTo(202);
        assertThat(waiting.json().get("status").asText()).isEqualTo("waiting");
        Api guest = api.cookie(waiting.cookiePair());
        assertThat(guest.get("/api/media/" + id + "/access").json().get("reason").asText()).isEqualTo("lobby-waiting");
        assertProblem(guest.get("/api/media/" + id), 403, "not-permitted");

        String participant = waiting.json().get("participantId").asText();
        assertThat(api.as("olivia").post("/api/media/" + id + "/lobby/" + participant + "/admit").status()).isEqualTo(200);

        JsonNode access = guest.get("/api/media/" + id + "/access").json();
        assertThat(access.get("allowed").asBoolean()).isTrue();
        assertThat(access.get("role").asText()).isEqualTo("GUEST");
    }

    @Test
    void an_expired_link_is_gone() {
        String id = media("Lecture", "VIDEO");
        enableGuests(id);
        String token = tokenOf(createLink(id, "{\"expiresAt\":\"2030-01-15T11:00:00Z\"}"));
        world.clock.advance(Duration.ofHours(1));

        assertProblem(join(token, "Ann", "ann@example.com"), 410, "guest-link-expired");
    }

    @Test
    void a_full_link_is_gone_for_newcomers_but_lets_returning_guests_back() {
        String id = media("Lecture", "VIDEO");
        enableGuests(id);
        String token = tokenOf(createLink(id, "{\"maxJoins\":1}"));
        assertThat(join(token, "Ann", "ann@example.com").status()).isEqualTo(201);

        assertProblem(join(token, "Ben", "ben@example.com"), 410, "guest-link-exhausted");
        assertThat(join(token, "Ann", "ann@example.com").status()).isEqualTo(201);
    }

    @Test
    void guest_access_off_and_wrong_domains_are_forbidden() {
        String id = media("Lecture", "VIDEO");
        String open = tokenOf(enableGuests(id));
        String partnersOnly = tokenOf(createLink(id, "{\"allowedDomains\":[\"partner.org\"]}"));

        assertProblem(join(partnersOnly, "Ann", "ann@example.com"), 403, "email-domain-not-allowed");
        assertThat(join(partnersOnly, "Pat", "pat@partner.org").status()).isEqualTo(201);

        api.as("olivia").put("/api/media/" + id + "/guest-access", "{\"enabled\":false}");
        assertProblem(join(open, "Ann", "ann@example.com"), 403, "guest-access-disabled");
    }

    @Test
    void turning_guest_access_off_ends_the_passes_already_issued() {
        String id = media("Lecture", "VIDEO");
        String cookie = join(tokenOf(enableGuests(id)), "Ann", "ann@example.com").cookiePair();

        api.as("olivia").put("/api/media/" + id + "/guest-access", "{\"enabled\":false}");

        assertProblem(api.cookie(cookie).get("/api/media/" + id), 401, "pass-invalid");
    }

    @Test
    void unknown_revoked_and_rotated_tokens_answer_exactly_alike() {
        String id = media("Lecture", "VIDEO");
        JsonNode first = enableGuests(id);
        JsonNode second = createLink(id, "{}");
        String rotatedAway = tokenOf(first);
        api.as("olivia").post("/api/media/" + id + "/guest-links/" + first.get("id").asText() + "/rotate");
        String revoked = tokenOf(second);
        api.as("olivia").delete("/api/media/" + id + "/guest-links/" + second.get("id").asText());
        String unknown = "A".repeat(43);

        Api.Reply a = join(unknown, "Ann", "ann@example.com");
        Api.Reply b = join(revoked, "Ann", "ann@example.com");
        Api.Reply c = join(rotatedAway, "Ann", "ann@example.com");
        Api.Reply d = join("short", "Ann", "ann@example.com");

        for (Api.Reply reply : new Api.Reply[] {a, b, c, d}) {
            assertProblem(reply, 404, "guest-link-not-found");
            assertThat(reply.body()).isEqualTo(a.body());
        }
    }

    @Test
    void name_and_email_are_validated_together() {
        String token = tokenOf(enableGuests(media("Lecture", "VIDEO")));

        JsonNode problem = assertProblem(join(token, " ", "not-an-email"), 400, "validation-failed");

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("name", "email");
    }

    @Test
    void a_guest_named_like_a_script_is_kept_as_text_in_json() {
        String id = media("Lecture", "VIDEO");
        join(tokenOf(enableGuests(id)), "<script>alert(1)</script>", "ann@example.com");

        Api.Reply roster = api.as("olivia").get("/api/media/" + id + "/participants");

        assertThat(roster.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(roster.json().get("guests").get(0).get("name").asText()).isEqualTo("<script>alert(1)</script>");
    }
}
