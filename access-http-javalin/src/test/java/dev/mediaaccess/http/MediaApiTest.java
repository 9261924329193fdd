package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MediaApiTest extends ApiTest {

    @Test
    void a_signed_in_user_registers_media_and_owns_it() {
        Api.Reply created = api.as("olivia").post("/api/media", "{\"title\":\"Quarterly review\",\"kind\":\"VIDEO\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode media = created.json();
        assertThat(media.get("title").asText()).isEqualTo("Quarterly review");
        assertThat(media.get("kind").asText()).isEqualTo("VIDEO");
        assertThat(media.get("role").asText()).isEqualTo("OWNER");
        assertThat(media.get("guestAccessEnabled").asBoolean()).isFalse();
        assertThat(media.get("owner").asText()).isEqualTo("olivia");
        assertThat(created.header("Location")).contains("/api/media/" + media.get("id").asText());

        JsonNode shown = api.as("olivia").get("/api/media/" + media.get("id").asText()).json();
        assertThat(shown.get("role").asText()).isEqualTo("OWNER");
        assertThat(shown.get("capabilities")).extracting(JsonNode::asText)
                .contains("VIEW", "EDIT", "MANAGE_ACCESS", "MODERATE");
        assertThat(shown.get("grantableRoles")).extracting(JsonNode::asText).containsExactly("VIEWER", "CONTRIBUTOR");
    }

    @Test
    void a_signed_in_user_lists_what_they_own_oldest_first_and_what_they_are_a_member_of() {
        String lecture = media("Lecture", "VIDEO");
        world.clock.advance(Duration.ofMinutes(1));
        String townHall = media("Town hall", "LIVE_EVENT");
        invite(townHall, "bob@example.com", "SPEAKER");
        world.clock.advance(Duration.ofMinutes(1));
        Api.Reply accepted = api.as("bob").post("/api/invitations/accept",
                "{\"token\":\"" + world.outbox.lastInvitationTokenTo("bob@example.com") + "\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);

        Api.Reply olivias = api.as("olivia").get("/api/media");
        Api.Reply bobs = api.as("bob").get("/api/media");

        assertThat(olivias.status()).isEqualTo(200);
        JsonNode owned = olivias.json().get("owned");
        assertThat(owned).extracting(item -> item.get("id").asText()).containsExactly(lecture, townHall);
        assertThat(owned.get(1).get("title").asText()).isEqualTo("Town hall");
        assertThat(owned.get(1).get("kind").asText()).isEqualTo("LIVE_EVENT");
        assertThat(owned.get(1).get("live").asBoolean()).isTrue();
        assertThat(owned.get(1).get("role").asText()).isEqualTo("OWNER");
        assertThat(owned.get(1).get("createdAt").asText()).isEqualTo("2030-01-15T10:01:00Z");
        assertThat(owned.get(1).get("memberSince").isNull()).isTrue();
        assertThat(olivias.json().get("memberOf")).isEmpty();

        assertThat(bobs.json().get("owned")).isEmpty();
        JsonNode membership = bobs.json().get("memberOf").get(0);
        assertThat(bobs.json().get("memberOf")).hasSize(1);
        assertThat(membership.get("id").asText()).isEqualTo(townHall);
        assertThat(membership.get("role").asText()).isEqualTo("SPEAKER");
        assertThat(membership.get("memberSince").asText()).isEqualTo("2030-01-15T10:02:00Z");
    }

    @Test
    void the_list_holds_nothing_of_other_users_or_tenants_and_no_memberships_without_a_verified_email() {
        media("Lecture", "VIDEO");
        invite(media("Deck", "DOCUMENT"), "bob@example.com", "VIEWER");

        for (String user : new String[] {"bob", "carol", "mallory"}) {
            JsonNode list = api.as(user).get("/api/media").json();
            assertThat(list.get("owned")).as(user).isEmpty();
            assertThat(list.get("memberOf")).as(user + ", invited but not yet a member").isEmpty();
        }
    }

    @Test
    void listing_media_needs_a_signed_in_user_not_a_pass() {
        String id = media("Lecture", "VIDEO");
        String pass = join(tokenOf(enableGuests(id)), "Ann", "ann@example.com").json().get("pass").get("token").asText();

        Api.Reply anonymous = api.get("/api/media");
        assertProblem(anonymous, 401, "not-signed-in");
        assertThat(anonymous.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertProblem(api.bearer(pass).get("/api/media"), 401, "not-signed-in");
    }

    @Test
    void live_media_offers_the_live_roles() {
        String id = media("All hands", "live_event");

        JsonNode shown = api.as("olivia").get("/api/media/" + id).json();
        assertThat(shown.get("live").asBoolean()).isTrue();
        assertThat(shown.get("grantableRoles")).extracting(JsonNode::asText).containsExactly("VIEWER", "SPEAKER", "MODERATOR");
    }

    @Test
    void registering_needs_a_signed_in_user() {
        Api.Reply reply = api.post("/api/media", "{\"title\":\"x\",\"kind\":\"VIDEO\"}");

        assertProblem(reply, 401, "not-signed-in");
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void an_invalid_title_and_a_missing_kind_are_reported_together() {
        JsonNode problem = assertProblem(api.as("olivia").post("/api/media", "{\"title\":\"   \"}"), 400, "validation-failed");

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText() + ":" + e.get("code").asText())
                .containsExactlyInAnyOrder("kind:required", "title:required");
    }

    @Test
    void an_unknown_kind_is_a_field_error() {
        JsonNode problem = assertProblem(api.as("olivia").post("/api/media", "{\"title\":\"Talk\",\"kind\":\"PODCAST\"}"),
                400, "validation-failed");

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("invalid-value");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("LIVE_EVENT");
    }

    @Test
    void someone_without_access_is_refused_and_unknown_media_is_not_found() {
        String id = media("Private", "DOCUMENT");

        assertProblem(api.get("/api/media/" + id), 401, "not-signed-in");
        assertProblem(api.as("bob").get("/api/media/" + id), 403, "not-permitted");
        assertProblem(api.as("olivia").get("/api/media/no-such-media"), 404, "media-not-found");
        assertProblem(api.as("mallory").get("/api/media/" + id), 404, "media-not-found");
    }

    @Test
    void only_those_who_manage_access_switch_guest_access() {
        String id = media("Lecture", "VIDEO");

        assertProblem(api.as("bob").put("/api/media/" + id + "/guest-access", "{\"enabled\":true}"), 403, "not-permitted");
        assertProblem(api.as("olivia").put("/api/media/" + id + "/guest-access", "{}"), 400, "validation-failed");

        Api.Reply on = api.as("olivia").put("/api/media/" + id + "/guest-access", "{\"enabled\":true}");
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().get("guestAccessEnabled").asBoolean()).isTrue();
        Api.Reply off = api.as("olivia").put("/api/media/" + id + "/guest-access", "{\"enabled\":false}");
        assertThat(off.json().get("guestAccessEnabled").asBoolean()).isFalse();
    }

    @Test
    void the_access_decision_says_why() {
        String id = media("Lecture", "VIDEO");

        JsonNode owner = api.as("olivia").get("/api/media/" + id + "/access").json();
        assertThat(owner.get("allowed").asBoolean()).isTrue();
        assertThat(owner.get("reason").asText()).isEqualTo("granted");
        assertThat(owner.get("role").asText()).isEqualTo("OWNER");

        JsonNode stranger = api.as("bob").get("/api/media/" + id + "/access").json();
        assertThat(stranger.get("allowed").asBoolean()).isFalse();
        assertThat(stranger.get("reason").asText()).isEqualTo("not-a-participant");
        assertThat(stranger.get("role").isNull()).isTrue();

        assertThat(api.get("/api/media/" + id + "/access").json().get("reason").asText()).isEqualTo("not-signed-in");
    }

    @Test
    void health_answers() {
        Api.Reply reply = api.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("ok");
    }
}
