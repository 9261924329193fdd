package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GuestLinkApiTest extends ApiTest {

    @Test
    void turning_guest_access_on_gives_a_first_open_link_built_from_the_base_url() {
        String id = media("Lecture", "VIDEO");

        JsonNode link = enableGuests(id);

        assertThat(link.get("url").asText()).startsWith(TestWorld.BASE_URL + "/g/");
        assertThat(link.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(link.get("joinCount").asInt()).isZero();
        assertThat(link.get("admission").asText()).isEqualTo("AUTOMATIC");
    }

    @Test
    void links_never_come_from_the_host_header() {
        String id = media("Lecture", "VIDEO");
        enableGuests(id);

        JsonNode links = api.as("olivia").with("X-Forwarded-Host", "evil.example")
                .get("/api/media/" + id + "/guest-links").json();

        assertThat(links.get(0).get("url").asText()).startsWith(TestWorld.BASE_URL + "/g/").doesNotContain("evil", "localhost");
    }

    @Test
    void creates_a_link_with_every_setting_and_lists_it() {
        String id = media("Town hall", "LIVE_EVENT");

        JsonNode link = createLink(id, """
                {"label":"Partners","expiresAt":"2030-02-01T00:00:00Z","maxJoins":25,
                 "allowedDomains":["Example.COM","@partner.org"],"admission":"moderator_approval"}""");

        assertThat(link.get("label").asText()).isEqualTo("Partners");
        assertThat(link.get("expiresAt").asText()).isEqualTo("2030-02-01T00:00:00Z");
        assertThat(link.get("maxJoins").asInt()).isEqualTo(25);
        assertThat(link.get("allowedDomains")).extracting(JsonNode::asText).containsExactly("example.com", "partner.org");
        assertThat(link.get("admission").asText()).isEqualTo("MODERATOR_APPROVAL");
        JsonNode listed = api.as("olivia").get("/api/media/" + id + "/guest-links").json();
        assertThat(listed).extracting(l -> l.get("id").asText()).contains(link.get("id").asText());
    }

    @Test
    void every_invalid_setting_is_reported_with_its_field() {
        String id = media("Lecture", "VIDEO");

        JsonNode problem = assertProblem(api.as("olivia").post("/api/media/" + id + "/guest-links", """
                {"label":"ok","expiresAt":"2020-01-01T00:00:00Z","maxJoins":0,"allowedDomains":["not a domain"]}"""),
                400, "validation-failed");

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText() + ":" + e.get("code").asText())
                .containsExactlyInAnyOrder("expiresAt:not-in-future", "maxJoins:out-of-range", "allowedDomains[0]:invalid-domain");
    }

    @Test
    void an_unreadable_expiry_or_admission_is_a_field_error() {
        String id = media("Lecture", "VIDEO");

        JsonNode problem = assertProblem(api.as("olivia").post("/api/media/" + id + "/guest-links",
                "{\"expiresAt\":\"next tuesday\",\"admission\":\"VIP\"}"), 400, "validation-failed");

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText() + ":" + e.get("code").asText())
                .containsExactlyInAnyOrder("expiresAt:invalid-timestamp", "admission:invalid-value");
    }

    @Test
    void moderator_approval_needs_a_live_kind() {
        String id = media("Lecture", "VIDEO");

        assertProblem(api.as("olivia").post("/api/media/" + id + "/guest-links", "{\"admission\":\"MODERATOR_APPROVAL\"}"),
                400, "admission-not-allowed-for-kind");
    }

    @Test
    void the_number_of_active_links_is_capped() {
        String id = media("Lecture", "VIDEO");
        for (int i = 0; i < 3; i++) {
            createLink(id, "{}");
        }

        assertProblem(api.as("olivia").post("/api/media/" + id + "/guest-links", "{}"), 409, "guest-link-limit-reached");
    }

    @Test
    void patch_changes_only_the_fields_given_and_null_clears_one() {
        String id = media("Lecture", "VIDEO");
        JsonNode link = createLink(id, "{\"label\":\"Class\",\"maxJoins\":10}");
        String path = "/api/media/" + id + "/guest-links/" + link.get("id").asText();

        JsonNode changed = api.as("olivia").patch(path, "{\"label\":\"Class of 2030\"}").json();
        assertThat(changed.get("label").asText()).isEqualTo("Class of 2030");
        assertThat(changed.get("maxJoins").asInt()).isEqualTo(10);
        assertThat(changed.get("url").asText()).isEqualTo(link.get("url").asText());

        JsonNode cleared = api.as("olivia").patch(path, "{\"maxJoins\":null}").json();
        assertThat(cleared.get("maxJoins").isNull()).isTrue();
        assertThat(cleared.get("label").asText()).isEqualTo("Class of 2030");

        assertProblem(api.as("olivia").patch(path, "{\"maxJoins\":-1}"), 400, "validation-failed");
        assertProblem(api.as("olivia").patch(path, "{\"colour\":\"red\"}"), 400, "malformed-request");
    }

    @Test
    void rotating_gives_a_new_url_and_the_old_one_stops_working() {
        String id = media("Lecture", "VIDEO");
        JsonNode link = enableGuests(id);
        String oldToken = tokenOf(link);

        Api.Reply rotated = api.as("olivia").post("/api/media/" + id + "/guest-links/" + link.get("id").asText() + "/rotate");

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().get("url").asText()).isNotEqualTo(link.get("url").asText()).startsWith(TestWorld.BASE_URL + "/g/");
        assertProblem(join(oldToken, "Ann", "ann@example.com"), 404, "guest-link-not-found");
        assertThat(join(tokenOf(rotated.json()), "Ann", "ann@example.com").status()).isEqualTo(201);
    }

    @Test
    void revoking_ends_the_link_and_it_cannot_be_changed_afterwards() {
        String id = media("Lecture", "VIDEO");
        JsonNode link = enableGuests(id);
        String path = "/api/media/" + id + "/guest-links/" + link.get("id").asText();

        Api.Reply revoked = api.as("olivia").delete(path);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("state").asText()).isEqualTo("REVOKED");
        assertThat(revoked.json().get("revokedAt").asText()).isNotBlank();
        assertProblem(api.as("olivia").patch(path, "{\"label\":\"again\"}"), 409, "guest-link-revoked");
        assertProblem(api.as("olivia").post(path + "/rotate"), 409, "guest-link-revoked");
    }

    @Test
    void the_list_shows_join_counts_and_derived_states() {
        String id = media("Lecture", "VIDEO");
        JsonNode open = enableGuests(id);
        JsonNode single = createLink(id, "{\"maxJoins\":1}");
        JsonNode soon = createLink(id, "{\"expiresAt\":\"2030-01-15T11:00:00Z\"}");
        join(tokenOf(open), "Ann", "ann@example.com");
        join(tokenOf(single), "Ben", "ben@example.com");
        world.clock.advance(Duration.ofHours(2));

        JsonNode links = api.as("olivia").get("/api/media/" + id + "/guest-links").json();

        assertThat(stateOf(links, open)).isEqualTo("ACTIVE 1");
        assertThat(stateOf(links, single)).isEqualTo("EXHAUSTED 1");
        assertThat(stateOf(links, soon)).isEqualTo("EXPIRED 0");
    }

    @Test
    void links_are_for_those_who_manage_access_only() {
        String id = media("Lecture", "VIDEO");
        JsonNode link = enableGuests(id);
        String pass = join(tokenOf(link), "Ann", "ann@example.com").json().get("pass").get("token").asText();

        assertProblem(api.get("/api/media/" + id + "/guest-links"), 401, "not-signed-in");
        assertProblem(api.as("bob").get("/api/media/" + id + "/guest-links"), 403, "not-permitted");
        assertProblem(api.bearer(pass).get("/api/media/" + id + "/guest-links"), 403, "not-permitted");
        assertProblem(api.bearer(pass).post("/api/media/" + id + "/guest-links", "{}"), 403, "not-permitted");
        assertProblem(api.as("olivia").delete("/api/media/" + id + "/guest-links/no-such-link"), 404, "guest-link-not-found");
    }

    private static String stateOf(JsonNode links, JsonNode link) {
        for (JsonNode each : links) {
            if (each.get("id").asText().equals(link.get("id").asText())) {
                return each.get("state").asText() + " " + each.get("joinCount").asInt();
            }
        }
        throw new AssertionError("no link " + link.get("id"));
    }
}
