package dev.mediaaccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.demo.config.DemoConfig;
import dev.mediaaccess.demo.seed.SampleMedia;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page lists the signed-in user's media as the core lists it: the samples and what they add through the API,
 * across restarts, and what others shared with them once they accepted.
 */
class HomePageHttpTest {
    @TempDir
    Path dataDir;

    @Test
    void the_owner_sees_every_sample_and_media_they_add_and_others_see_none_of_it() {
        DemoConfig config = DemoConfig.defaultsUnder(dataDir, 0);
        String created;
        try (DemoServer server = DemoServer.start(config)) {
            DemoClient owner = new DemoClient(server.baseUrl());
            owner.signIn("owner@example.com", "Olive Owner");

            String home = owner.get("/").body();
            for (MediaKind kind : MediaKind.values()) {
                assertThat(home).contains("href=\"/media/" + SampleMedia.idOf(kind) + "\"");
            }
            assertThat(home).contains("Design review room", "id=\"create-media-form\"");

            HttpResponse<String> added = owner.postJson("/api/media", Map.of("title", "Team offsite <recap>", "kind", "VIDEO"));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            JsonNode media = DemoClient.json(added);
            created = media.get("id").asText();
            assertThat(owner.get("/").body()).contains("href=\"/media/" + created + "\"", "Team offsite &lt;recap&gt;");

            DemoClient stranger = new DemoClient(server.baseUrl());
            stranger.signIn("stranger@example.com", "Stranger");
            assertThat(stranger.get("/").body()).contains("id=\"no-media\"").doesNotContain("/media/sample-video", created)
                    .doesNotContain("id=\"shared-media\"");
            assertThat(new DemoClient(server.baseUrl()).get("/").body()).contains("id=\"home-sign-in\"").doesNotContain("/media/");

            HttpResponse<String> invited = owner.postJson("/api/media/sample-room-session/invitations",
                    Map.of("invitees", List.of(Map.of("email", "stranger@example.com", "role", "SPEAKER"))));
            assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
            HttpResponse<String> accepted = stranger.postJson("/api/invitations/accept",
                    Map.of("token", invitationTokenIn(stranger, "stranger@example.com")));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
            assertThat(stranger.get("/").body()).contains("id=\"no-media\"", "id=\"shared-media\"",
                    "href=\"/media/sample-room-session\">Design review room</a></td><td>ROOM_SESSION</td><td>SPEAKER</td>");
        }
        assertThat(dataDir).isDirectoryNotContaining("glob:**/media-index");

        try (DemoServer restarted = DemoServer.start(config)) {
            DemoClient owner = new DemoClient(restarted.baseUrl());
            owner.signIn("owner@example.com", "Olive Owner");
            assertThat(owner.get("/").body()).contains("href=\"/media/" + created + "\"", "href=\"/media/sample-quiz\"");
        }
    }

    /** The token of the newest invitation link the dev mailbox holds for {@code email}. */
    private static String invitationTokenIn(DemoClient client, String email) {
        JsonNode emails = DemoClient.json(client.get("/api/demo/outbox?to=" + email));
        for (JsonNode sent : emails) {
            for (JsonNode link : sent.get("links")) {
                String url = link.asText();
                if (url.contains("/i/")) {
                    return url.substring(url.lastIndexOf('/') + 1);
                }
            }
        }
        throw new AssertionError("no invitation link for " + email + " in " + emails);
    }
}
