package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ParticipantApiTest extends ApiTest {

    @Test
    void the_roster_shows_owner_members_guests_and_lobby() {
        String id = media("Town hall", "ROOM_SESSION");
        JsonNode open = enableGuests(id);
        String lobbyToken = tokenOf(createLink(id, "{\"admission\":\"MODERATOR_APPROVAL\"}"));
        join(tokenOf(open), "Ann Guest", "ann@example.com");
        join(lobbyToken, "Walt Waiting", "walt@example.com");
        invite(id, "bob@example.com", "MODERATOR");
        api.as("bob").post("/api/invitations/accept", "{\"token\":\"" + world.outbox.lastInvitationTokenTo("bob@example.com") + "\"}");

        JsonNode roster = api.as("olivia").get("/api/media/" + id + "/participants").json();

        assertThat(roster.get("owner").get("userId").asText()).isEqualTo("olivia");
        assertThat(roster.get("members")).extracting(m -> m.get("name").asText() + " " + m.get("role").asText())
                .containsExactly("Bob Viewer MODERATOR");
        JsonNode guest = roster.get("guests").get(0);
        assertThat(guest.get("name").asText()).isEqualTo("Ann Guest");
        assertThat(guest.get("email").asText()).isEqualTo("ann@example.com");
        assertThat(guest.get("linkId").asText()).isEqualTo(open.get("id").asText());
        assertThat(guest.get("joinedAt").asText()).isEqualTo("2030-01-15T10:00:00Z");
        assertThat(roster.get("lobby")).extracting(p -> p.get("name").asText()).containsExactly("Walt Waiting");
        assertThat(roster.get("departed")).isEmpty();
        assertThat(api.as("bob").get("/api/media/" + id + "/participants").status()).isEqualTo(200);
    }

    @Test
    void a_moderator_admits_or_denies_from_the_lobby() {
        String id = media("Town hall", "LIVE_EVENT");
        enableGuests(id);
        String token = tokenOf(createLink(id, "{\"admission\":\"MODERATOR_APPROVAL\"}"));
        Api.Reply ann = join(token, "Ann", "ann@example.com");
        Api.Reply ben = join(token, "Ben", "ben@example.com");
        String lobby = "/api/media/" + id + "/lobby/";

        Api.Reply admitted = api.as("olivia").post(lobby + ann.json().get("participantId").asText() + "/admit");
        Api.Reply denied = api.as("olivia").post(lobby + ben.json().get("participantId").asText() + "/deny");

        assertThat(admitted.json().get("status").asText()).isEqualTo("ADMITTED");
        assertThat(denied.json().get("status").asText()).isEqualTo("DENIED");
        assertThat(api.cookie(ann.cookiePair()).get("/api/media/" + id).json().get("role").asText()).isEqualTo("GUEST");
        assertThat(api.cookie(ben.cookiePair()).get("/api/media/" + id + "/access").json().get("reason").asText())
                .isEqualTo("pass-ended");
        assertProblem(join(token, "Ben", "ben@example.com"), 403, "guest-denied");
        assertProblem(api.as("olivia").post(lobby + ann.json().get("participantId").asText() + "/deny"), 409,
                "participant-not-waiting");
        assertProblem(api.as("olivia").post(lobby + "nobody/admit"), 404, "participant-not-found");
        assertProblem(api.cookie(ann.cookiePair()).post(lobby + ben.json().get("participantId").asText() + "/admit"),
                403, "not-permitted");
    }

    @Test
    void removing_a_guest_ends_their_pass_and_keeps_them_out() {
        String id = media("Lecture", "VIDEO");
        String token = tokenOf(enableGuests(id));
        Api.Reply ann = join(token, "Ann", "ann@example.com");

        Api.Reply removed = api.as("olivia").delete("/api/media/" + id + "/participants/" + ann.json().get("participantId").asText());

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("status").asText()).isEqualTo("REMOVED");
        assertProblem(api.cookie(ann.cookiePair()).get("/api/media/" + id), 401, "pass-invalid");
        assertProblem(join(token, "Ann", "ann@example.com"), 403, "participant-removed");
        JsonNode roster = api.as("olivia").get("/api/media/" + id + "/participants").json();
        assertThat(roster.get("departed")).extracting(p -> p.get("status").asText()).containsExactly("REMOVED");
    }

    @Test
    void the_roster_is_for_those_who_manage_or_moderate() {
        String id = media("Lecture", "VIDEO");
        Api.Reply ann = join(tokenOf(enableGuests(id)), "Ann", "ann@example.com");

        assertProblem(api.cookie(ann.cookiePair()).get("/api/media/" + id + "/participants"), 403, "not-permitted");
        assertProblem(api.get("/api/media/" + id + "/participants"), 401, "not-signed-in");
        assertProblem(api.as("olivia").delete("/api/media/" + id + "/participants/nobody"), 404, "participant-not-found");
    }

    @Test
    void the_audit_trail_lists_what_happened_and_filters_by_link() {
        String id = media("Lecture", "VIDEO");
        JsonNode first = enableGuests(id);
        JsonNode second = createLink(id, "{\"label\":\"Second\"}");
        join(tokenOf(first), "Ann", "ann@example.com");
        join(tokenOf(second), "Ben", "ben@example.com");

        JsonNode all = api.as("olivia").get("/api/media/" + id + "/audit").json();
        JsonNode forSecond = api.as("olivia").get("/api/media/" + id + "/audit?linkId=" + second.get("id").asText()).json();

        assertThat(all).extracting(e -> e.get("action").asText())
                .containsExactly("MEDIA_REGISTERED", "GUEST_LINK_CREATED", "GUEST_ACCESS_ENABLED", "GUEST_LINK_CREATED",
                        "GUEST_JOINED", "GUEST_JOINED");
        assertThat(forSecond).extracting(e -> e.get("action").asText() + " " + e.get("subject").asText(""))
                .containsExactly("GUEST_LINK_CREATED ", "GUEST_JOINED ben@example.com");
        assertThat(all.get(0).get("actor").asText()).isEqualTo("user:olivia");
        assertProblem(api.as("olivia").get("/api/media/" + id + "/audit?linkId=nope"), 404, "guest-link-not-found");
        assertProblem(api.as("bob").get("/api/media/" + id + "/audit"), 403, "not-permitted");
    }

    @Test
    void refused_joins_are_audited_with_their_reason() {
        String id = media("Lecture", "VIDEO");
        String token = tokenOf(createLink(id, "{\"allowedDomains\":[\"partner.org\"]}"));
        api.as("olivia").put("/api/media/" + id + "/guest-access", "{\"enabled\":true}");
        join(token, "Ann", "ann@example.com");

        JsonNode all = api.as("olivia").get("/api/media/" + id + "/audit").json();

        JsonNode last = all.get(all.size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("GUEST_JOIN_REFUSED");
        assertThat(last.get("reason").asText()).isEqualTo("email-domain-not-allowed");
    }
}
