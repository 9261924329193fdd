package dev.mediaaccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.demo.config.DatabaseLocation;
import dev.mediaaccess.demo.config.DemoConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo started with {@code --database jdbc:postgresql:...} on a real PostgreSQL server, driven over HTTP. */
class DemoServerOnPostgresTest {
    private static final String LINKS_BASE = "http://media.example.test";
    private static final String VIDEO = "/api/media/sample-video";

    @TempDir
    static Path dataDir;

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void a_guest_joins_through_the_demo_and_the_data_and_the_link_survive_a_restart() {
        DemoConfig config = DemoConfig.parse(new String[] {
                "--port", "0",
                "--base-url", LINKS_BASE,
                "--database", postgres.getJdbcUrl("postgres", "postgres"),
                "--secret-file", dataDir.resolve("host-secret").toString()}, Map.of());
        assertThat(config.database()).isInstanceOf(DatabaseLocation.Postgres.class);

        String linkUrl;
        try (DemoServer server = DemoServer.start(config)) {
            DemoClient owner = signedInOwner(server);
            JsonNode owned = DemoClient.json(owner.get("/api/media")).get("owned");
            assertThat(owned).extracting(media -> media.get("id").asText()).contains("sample-video", "sample-room-session");

            assertThat(owner.putJson(VIDEO + "/guest-access", Map.of("enabled", true)).statusCode()).isEqualTo(200);
            linkUrl = onlyLinkUrl(owner);
            assertThat(linkUrl).startsWith(LINKS_BASE + "/g/");

            HttpResponse<String> joined = clientOf(server)
                    .postJson("/api/join", Map.of("token", tokenOf(linkUrl), "name", "Ann Guest", "email", "ann@partner.example"));
            assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
            assertThat(guestNames(owner)).containsExactly("Ann Guest");
        }

        try (DemoServer restarted = DemoServer.start(config)) {
            DemoClient owner = signedInOwner(restarted);
            assertThat(DemoClient.json(owner.get("/api/media")).get("owned")).hasSize(MediaKind.values().length);
            assertThat(onlyLinkUrl(owner)).isEqualTo(linkUrl);
            assertThat(guestNames(owner)).containsExactly("Ann Guest");

            HttpResponse<String> joinedAfterRestart = clientOf(restarted)
                    .postJson("/api/join", Map.of("token", tokenOf(linkUrl), "name", "Ben Guest", "email", "ben@partner.example"));
            assertThat(joinedAfterRestart.statusCode()).as(joinedAfterRestart.body()).isEqualTo(201);
            assertThat(guestNames(owner)).containsExactlyInAnyOrder("Ann Guest", "Ben Guest");
        }
    }

    /** Links name the public base URL; requests go to the port the server listens on. */
    private static DemoClient clientOf(DemoServer server) {
        return new DemoClient(URI.create("http://localhost:" + server.port()));
    }

    private static DemoClient signedInOwner(DemoServer server) {
        DemoClient owner = clientOf(server);
        HttpResponse<String> signedIn = owner.signIn("owner@example.com", "Demo Owner");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        return owner;
    }

    private static String onlyLinkUrl(DemoClient owner) {
        JsonNode links = DemoClient.json(owner.get(VIDEO + "/guest-links"));
        assertThat(links).hasSize(1);
        return links.get(0).get("url").asText();
    }

    private static List<String> guestNames(DemoClient owner) {
        List<String> names = new ArrayList<>();
        DemoClient.json(owner.get(VIDEO + "/participants")).get("guests").forEach(guest -> names.add(guest.get("name").asText()));
        return names;
    }

    private static String tokenOf(String linkUrl) {
        return linkUrl.substring(linkUrl.lastIndexOf('/') + 1);
    }
}
