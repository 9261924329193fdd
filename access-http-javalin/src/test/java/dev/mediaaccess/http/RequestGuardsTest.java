package dev.mediaaccess.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestGuardsTest extends ApiTest {

    @Test
    void broken_json_wrong_types_unknown_fields_and_no_body_are_malformed() {
        String id = media("Lecture", "VIDEO");

        JsonNode broken = assertProblem(api.as("olivia").post("/api/media", "{\"title\": "), 400, "malformed-request");
        assertThat(broken.get("detail").asText()).contains("not valid JSON");
        JsonNode wrongType = assertProblem(api.as("olivia").post("/api/media/" + id + "/guest-links", "{\"maxJoins\":\"lots\"}"),
                400, "malformed-request");
        assertThat(wrongType.get("detail").asText()).contains("maxJoins").doesNotContain("lots");
        assertProblem(api.as("olivia").put("/api/media/" + id + "/guest-access", "{\"enabled\":\"yes\"}"), 400, "malformed-request");
        JsonNode unknown = assertProblem(api.as("olivia").post("/api/media", "{\"title\":\"t\",\"kind\":\"VIDEO\",\"owner\":\"bob\"}"),
                400, "malformed-request");
        assertThat(unknown.get("detail").asText()).contains("owner");
        assertProblem(api.as("olivia").post("/api/media", "[1,2]"), 400, "malformed-request");
        assertProblem(api.as("olivia").post("/api/media"), 400, "malformed-request");
        JsonNode nested = assertProblem(api.as("olivia").post("/api/media/" + id + "/invitations",
                "{\"invitees\":[{\"email\":\"a@example.com\",\"role\":[\"VIEWER\"]}]}"), 400, "malformed-request");
        assertThat(nested.get("detail").asText()).contains("invitees[0].role");
    }

    @Test
    void a_body_that_is_not_json_is_refused() {
        Api.Reply reply = api.as("olivia").send("POST", "/api/media", "title=x&kind=VIDEO", "application/x-www-form-urlencoded");

        assertProblem(reply, 415, "unsupported-media-type");
    }

    @Test
    void unknown_routes_under_the_adapter_answer_with_a_problem() {
        assertProblem(api.get("/api/nothing-here"), 404, "not-found");
        assertProblem(api.as("olivia").delete("/api/media"), 404, "not-found");
    }

    @Test
    void anything_unexpected_is_a_500_problem_or_page_without_a_stack_trace_and_logged_without_tokens() {
        invite(media("Lecture", "VIDEO"), "bob@example.com", "VIEWER");
        String token = world.outbox.lastInvitationTokenTo("bob@example.com");
        Api.Reply[] page = new Api.Reply[1];
        Api.Reply[] json = new Api.Reply[1];

        String logs = JavalinTest.captureStdOut(() -> {
            page[0] = api.as(TestWorld.BROKEN_USER).get("/i/" + token);
            json[0] = api.as(TestWorld.BROKEN_USER).get("/api/media/anything");
        });

        assertProblem(json[0], 500, "internal-error");
        assertThat(page[0].status()).isEqualTo(500);
        assertThat(page[0].body()).contains("id=\"error-page\"", "data-code=\"internal-error\"");
        assertNoInternals(page[0].body());
        assertThat(logs).contains("Unexpected failure answering GET /i/[redacted]", "the host's session store is down")
                .doesNotContain(token);
    }

    @Test
    void an_oversized_body_is_refused_before_any_handler_by_its_declared_length() {
        String big = "{\"title\":\"" + "x".repeat(70 * 1024) + "\",\"kind\":\"VIDEO\"}";

        int lookupsBefore = world.signInLookups.get();

        assertProblem(api.as("olivia").post("/api/media", big), 413, "payload-too-large");
        assertThat(world.signInLookups).as("no handler asked who is signed in").hasValue(lookupsBefore);
    }

    @Test
    void an_oversized_streamed_body_without_a_length_is_refused_too() throws Exception {
        byte[] big = ("{\"title\":\"" + "x".repeat(70 * 1024) + "\",\"kind\":\"VIDEO\"}").getBytes(UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + world.app.port() + "/api/media"))
                .header(TestWorld.USER_HEADER, "olivia")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();

        // An input-stream body has no known length, so the client sends it chunked, without Content-Length.
        assertThat(request.bodyPublisher().orElseThrow().contentLength()).isNegative();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("payload-too-large");
    }

    @Test
    void the_body_limit_is_configurable() {
        world.close();
        world = new TestWorld("", http -> http.maxBodyBytes(40));
        api = world.api;

        int lookupsBefore = world.signInLookups.get();
        assertProblem(api.as("olivia").post("/api/media", "{\"title\":\"A rather long title\",\"kind\":\"VIDEO\"}"),
                413, "payload-too-large");
        assertThat(world.signInLookups).hasValue(lookupsBefore);
        assertThat(api.as("olivia").post("/api/media", "{\"title\":\"Short\",\"kind\":\"VIDEO\"}").status()).isEqualTo(201);
    }

    @Test
    void cross_site_state_changes_are_refused_and_same_origin_ones_pass() {
        String body = "{\"title\":\"t\",\"kind\":\"VIDEO\"}";
        Api olivia = api.as("olivia");

        assertProblem(olivia.with("Sec-Fetch-Site", "cross-site").post("/api/media", body), 403, "cross-site-request");
        assertProblem(olivia.with("Sec-Fetch-Site", "same-site").post("/api/media", body), 403, "cross-site-request");
        assertProblem(olivia.with("Origin", "https://evil.example").post("/api/media", body), 403, "cross-site-request");
        assertProblem(olivia.with("Origin", "null").post("/api/media", body), 403, "cross-site-request");
        assertThat(olivia.with("Sec-Fetch-Site", "same-origin").post("/api/media", body).status()).isEqualTo(201);
        assertThat(olivia.with("Origin", TestWorld.BASE_URL).post("/api/media", body).status()).isEqualTo(201);
        assertThat(olivia.post("/api/media", body).status()).isEqualTo(201);
        assertThat(olivia.with("Sec-Fetch-Site", "cross-site").get("/api/media/x").status()).isEqualTo(404);
    }

    @Test
    void a_cross_site_join_is_refused_before_it_runs() {
        String id = media("Lecture", "VIDEO");
        String token = tokenOf(enableGuests(id));

        Api.Reply reply = api.with("Sec-Fetch-Site", "cross-site").post("/api/join",
                "{\"token\":\"" + token + "\",\"name\":\"Ann\",\"email\":\"ann@example.com\"}");

        assertProblem(reply, 403, "cross-site-request");
        assertThat(api.as("olivia").get("/api/media/" + id + "/guest-links").json().get(0).get("joinCount").asInt()).isZero();
    }

    @Test
    void every_answer_carries_the_security_headers_and_pages_a_strict_csp() {
        String id = media("Lecture", "VIDEO");

        Api.Reply json = api.as("olivia").get("/api/media/" + id);
        Api.Reply page = api.as("olivia").get("/media/" + id);
        Api.Reply problem = api.get("/api/nowhere");

        for (Api.Reply reply : new Api.Reply[] {json, page, problem}) {
            assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(reply.header("Referrer-Policy")).contains("no-referrer");
            assertThat(reply.header("Cache-Control")).contains("no-store");
            assertThat(reply.header("X-Frame-Options")).contains("DENY");
            assertThat(reply.header("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
        }
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void routes_outside_the_adapter_are_left_alone() {
        AtomicInteger hostCalls = new AtomicInteger();
        world.close();
        world = new TestWorld("/access", http -> http);
        var host = Javalin.create(cfg -> {
            cfg.routes.post("/host/form", ctx -> {
                hostCalls.incrementAndGet();
                ctx.result("host");
            });
            AccessHttp.of(world.core).mount(cfg);
        }).start(0);
        try {
            Api hostApi = new Api(host, "");
            Api.Reply hostReply = hostApi.with("Sec-Fetch-Site", "cross-site").send("POST", "/host/form", "a=b",
                    "application/x-www-form-urlencoded");
            assertThat(hostReply.status()).isEqualTo(200);
            assertThat(hostReply.header("Content-Security-Policy")).isEmpty();
            assertThat(hostApi.get("/nowhere").body()).doesNotContain("problem");
            assertThat(hostCalls).hasValue(1);
            assertProblem(hostApi.get("/access/api/nowhere"), 404, "not-found");
        } finally {
            host.stop();
        }
    }
}
