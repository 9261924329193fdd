package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh world per test, and the steps most tests share. */
abstract class ApiTest {
    TestWorld world;
    Api api;

    TestWorld newWorld() {
        return new TestWorld();
    }

    @BeforeEach
    void startWorld() {
        world = newWorld();
        api = world.api;
    }

    @AfterEach
    void stopWorld() {
        world.close();
    }

    /** Olivia registers a media item; returns its id. */
    String media(String title, String kind) {
        Api.Reply reply = api.as("olivia").post("/api/media", "{\"title\":\"" + title + "\",\"kind\":\"" + kind + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    /** Olivia turns guest access on; returns the first link, which that creates. */
    JsonNode enableGuests(String mediaId) {
        Api.Reply on = api.as("olivia").put("/api/media/" + mediaId + "/guest-access", "{\"enabled\":true}");
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        return api.as("olivia").get("/api/media/" + mediaId + "/guest-links").json().get(0);
    }

    JsonNode createLink(String mediaId, String settingsJson) {
        Api.Reply reply = api.as("olivia").post("/api/media/" + mediaId + "/guest-links", settingsJson);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    static String tokenOf(JsonNode link) {
        String url = link.get("url").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    Api.Reply join(String token, String name, String email) {
        return api.post("/api/join", "{\"token\":\"" + token + "\",\"name\":" + Json.MAPPER.valueToTree(name)
                + ",\"email\":\"" + email + "\"}");
    }

    /** Olivia invites one email with one role; returns the invitation. */
    JsonNode invite(String mediaId, String email, String role) {
        Api.Reply reply = api.as("olivia").post("/api/media/" + mediaId + "/invitations",
                "{\"invitees\":[{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get(0);
    }

    /** Where the one-time code tests start: a live event, one invitation, and the code its invitee asked for. */
    record CodeAsked(String mediaId, String token, String code) {
        /** A six-digit code that is certainly not the one sent. */
        String wrongCode() {
            return code.equals("000000") ? "111111" : "000000";
        }
    }

    /** Olivia invites {@code email} as a VIEWER to a new live event, and the invitee asks for a one-time code. */
    CodeAsked invitedWithCodeAsked(String email) {
        String id = media("Town hall", "LIVE_EVENT");
        invite(id, email, "VIEWER");
        String token = world.outbox.lastInvitationTokenTo(email);
        api.post("/api/invitations/code", "{\"token\":\"" + token + "\"}");
        return new CodeAsked(id, token, world.outbox.lastCodeTo(email));
    }

    Api.Reply acceptWithCode(String token, String code) {
        return api.post("/api/invitations/accept", "{\"token\":\"" + token + "\",\"code\":\"" + code + "\"}");
    }

    /** A refusal as RFC 9457 describes it, with the domain's code and no trace of the server's insides. */
    static JsonNode assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("type").asText()).isEqualTo("urn:media-access:problem:" + code);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertNoInternals(reply.body());
        return problem;
    }

    static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "\tat ", "at dev.mediaaccess", "at io.javalin", "java.lang");
    }
}
