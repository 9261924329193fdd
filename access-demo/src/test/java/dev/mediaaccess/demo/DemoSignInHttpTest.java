package dev.mediaaccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediaaccess.demo.config.DemoConfig;
import dev.mediaaccess.demo.signin.SessionCookie;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import dev.mediaaccess.http.RenderedEmail;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo sign-in and the dev mailbox over real HTTP, on a demo server started on a free port. */
class DemoSignInHttpTest {
    @TempDir
    static Path dataDir;

    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoConfig.defaultsUnder(dataDir, 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private DemoClient client() {
        return new DemoClient(server.baseUrl());
    }

    @Test
    void a_code_from_the_mailbox_signs_in_with_an_http_only_same_site_lax_session_cookie() {
        DemoClient ada = client();

        HttpResponse<String> sent = ada.postJson("/demo/login", Map.of("email", "Ada@Example.com", "name", "Ada Lovelace"));
        assertThat(sent.statusCode()).isEqualTo(202);
        assertThat(DemoClient.json(sent).get("sentTo").asText()).isEqualTo("ada@example.com");

        JsonNode mail = DemoClient.json(ada.get("/api/demo/outbox?to=ada@example.com")).get(0);
        assertThat(mail.get("to").asText()).isEqualTo("ada@example.com");
        assertThat(mail.get("subject").asText()).startsWith("Your Media Access demo sign-in code");
        assertThat(mail.get("links").get(0).asText()).startsWith(server.baseUrl() + "/demo/login?email=");

        HttpResponse<String> verified = ada.postJson("/demo/login/verify",
                Map.of("email", "ada@example.com", "code", ada.latestCodeFor("ada@example.com")));

        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(DemoClient.json(verified).get("email").asText()).isEqualTo("ada@example.com");
        assertThat(DemoClient.json(verified).get("name").asText()).isEqualTo("Ada Lovelace");
        String setCookie = verified.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith(SessionCookie.NAME + "=").contains("HttpOnly", "SameSite=Lax", "Path=/")
                .doesNotContain("Secure");
        assertThat(ada.get("/").body()).contains("Signed in as Ada Lovelace &lt;ada@example.com&gt;");
        assertThat(client().get("/").body()).doesNotContain("Signed in as");
    }

    @Test
    void a_code_works_once() {
        DemoClient bob = client();
        bob.postJson("/demo/login", Map.of("email", "bob@example.com", "name", "Bob"));
        String code = bob.latestCodeFor("bob@example.com");
        assertThat(bob.postJson("/demo/login/verify", Map.of("email", "bob@example.com", "code", code)).statusCode()).isEqualTo(200);

        HttpResponse<String> again = client().postJson("/demo/login/verify", Map.of("email", "bob@example.com", "code", code));

        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(DemoClient.json(again).get("code").asText()).isEqualTo("code-invalid");
        assertThat(DemoClient.json(again).get("status").asInt()).isEqualTo(403);
        assertThat(DemoClient.json(again).get("detail").asText()).isNotBlank();
    }

    @Test
    void wrong_codes_are_refused_and_after_five_the_code_is_dead() {
        DemoClient eve = client();
        eve.postJson("/demo/login", Map.of("email", "carol@example.com", "name", "Eve"));
        String right = eve.latestCodeFor("carol@example.com");
        String wrong = right.equals("999999") ? "000000" : "999999";

        for (int i = 0; i < 4; i++) {
            HttpResponse<String> refused = eve.postJson("/demo/login/verify", Map.of("email", "carol@example.com", "code", wrong));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(DemoClient.json(refused).get("code").asText()).isEqualTo("code-invalid");
        }
        HttpResponse<String> fifth = eve.postJson("/demo/login/verify", Map.of("email", "carol@example.com", "code", wrong));
        HttpResponse<String> rightTooLate = eve.postJson("/demo/login/verify", Map.of("email", "carol@example.com", "code", right));

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(rightTooLate.statusCode()).isEqualTo(429);
        assertThat(DemoClient.json(rightTooLate).get("code").asText()).isEqualTo("code-attempts-exhausted");
        assertThat(rightTooLate.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void invalid_requests_are_refused_with_every_field_error() {
        HttpResponse<String> invalid = client().postJson("/demo/login", Map.of("email", "not-an-email", "name", " "));
        HttpResponse<String> malformed = client().postRaw("/demo/login", "application/json", "{not json");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(DemoClient.json(invalid).get("code").asText()).isEqualTo("validation-failed");
        assertThat(DemoClient.json(invalid).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("email", "name");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(DemoClient.json(malformed).get("code").asText()).isEqualTo("malformed-request");
    }

    @Test
    void signing_out_ends_the_session() {
        DemoClient dan = client();
        assertThat(dan.signIn("dan@example.com", "Dan").statusCode()).isEqualTo(200);
        assertThat(dan.get("/").body()).contains("Signed in as Dan");

        HttpResponse<String> out = dan.postJson("/demo/logout", Map.of());

        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(dan.get("/").body()).doesNotContain("Signed in as");
    }

    @Test
    void the_sign_in_page_works_with_plain_forms_and_returns_to_the_page_asked_for() {
        DemoClient fay = client();
        assertThat(fay.get("/demo/login").body()).contains("id=\"login-form\"", "Demo only");

        HttpResponse<String> sent = fay.postForm("/demo/login", Map.of("email", "fay@example.com", "name", "Fay", "next", "/demo/outbox"));
        assertThat(sent.statusCode()).isEqualTo(302);
        String codePage = sent.headers().firstValue("Location").orElseThrow();
        assertThat(fay.get(codePage).body()).contains("id=\"verify-form\"", "fay@example.com");

        HttpResponse<String> signedIn = fay.postForm("/demo/login/verify",
                Map.of("email", "fay@example.com", "code", fay.latestCodeFor("fay@example.com"), "next", "/demo/outbox"));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).contains("/demo/outbox");
        assertThat(fay.get("/demo/outbox").body()).contains("Signed in as Fay");
    }

    @Test
    void a_form_with_a_wrong_code_shows_the_code_step_again_with_the_reason_and_never_redirects_off_site() {
        DemoClient gus = client();
        gus.postForm("/demo/login", Map.of("email", "gus@example.com", "name", "Gus", "next", "https://evil.example.com/"));
        String right = gus.latestCodeFor("gus@example.com");
        String wrong = right.equals("999999") ? "000000" : "999999";

        HttpResponse<String> refused = gus.postForm("/demo/login/verify", Map.of("email", "gus@example.com", "code", wrong));
        HttpResponse<String> signedIn = gus.postForm("/demo/login/verify",
                Map.of("email", "gus@example.com", "code", right, "next", "https://evil.example.com/"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"login-error\"", "id=\"verify-form\"");
        assertThat(signedIn.headers().firstValue("Location")).contains("/");
    }

    @Test
    void pages_escape_names_and_emails() {
        DemoClient mallory = client();
        mallory.signIn("mallory@example.com", "<img src=x onerror=alert(1)>");
        server.mailbox().deliver(new RenderedEmail("mallory@example.com", "<script>alert(1)</script>",
                "</pre><script>alert(2)</script>", "<p>x</p>", List.of("javascript:alert(3)", "http://localhost/ok?a=1&b=\"2\"")));

        String home = mallory.get("/").body();
        String outbox = mallory.get("/demo/outbox").body();

        assertThat(home).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(outbox).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;/pre&gt;&lt;script&gt;alert(2)")
                .contains("href=\"http://localhost/ok?a=1&amp;b=&quot;2&quot;\"")
                .doesNotContain("<script>alert", "href=\"javascript:", "<img src=x");
    }

    @Test
    void the_outbox_json_lists_every_email_newest_first() {
        DemoClient hal = client();
        hal.postJson("/demo/login", Map.of("email", "hal@example.com", "name", "Hal"));
        hal.postJson("/demo/login", Map.of("email", "hal@example.com", "name", "Hal"));

        JsonNode emails = DemoClient.json(hal.get("/api/demo/outbox?to=hal@example.com"));

        assertThat(emails).hasSize(2);
        assertThat(emails.get(0).get("sentAt").asText()).isGreaterThanOrEqualTo(emails.get(1).get("sentAt").asText());
        assertThat(emails.get(0).fieldNames()).toIterable().contains("to", "subject", "body", "links", "sentAt");
        assertThat(DemoClient.json(hal.get("/api/demo/outbox")).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void another_site_cannot_post_to_the_sign_in_routes_but_this_site_can() {
        DemoClient victim = client();
        victim.postJson("/demo/login", Map.of("email", "attacker@example.com", "name", "Attacker"));
        String code = victim.latestCodeFor("attacker@example.com");
        Map<String, String> fields = Map.of("email", "attacker@example.com", "code", code);

        HttpResponse<String> fromElsewhere = victim.postFormWithHeaders("/demo/login/verify", fields, "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> fromOtherOrigin = victim.postFormWithHeaders("/demo/login/verify", fields, "Origin", "https://evil.example.com");
        HttpResponse<String> fromHere = victim.postFormWithHeaders("/demo/login/verify", fields,
                "Sec-Fetch-Site", "same-origin", "Origin", server.baseUrl().toString());

        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(DemoClient.json(fromElsewhere).get("code").asText()).isEqualTo("cross-site-request");
        assertThat(fromOtherOrigin.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(fromHere.statusCode()).isEqualTo(302);
        assertThat(fromHere.headers().firstValue("Set-Cookie")).isPresent();
    }
}
