package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Mounted under a path prefix, everything moves under it: routes, links, cookies, assets. */
class PrefixTest extends ApiTest {

    @Override
    TestWorld newWorld() {
        return new TestWorld("/access", http -> http);
    }

    @Test
    void the_whole_flow_works_under_the_prefix() {
        String id = media("Lecture", "VIDEO");
        JsonNode link = enableGuests(id);
        String token = tokenOf(link);

        assertThat(link.get("url").asText()).isEqualTo(TestWorld.BASE_URL + "/access/g/" + token);
        Api.Reply page = api.get("/g/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<body data-prefix=\"/access\">", "href=\"/access/assets/access.css\"",
                "src=\"/access/assets/access.js\"");

        Api.Reply joined = join(token, "Ann", "ann@example.com");
        assertThat(joined.all("Set-Cookie").get(0)).contains("; Path=/access;");
        assertThat(joined.json().get("pageUrl").asText()).isEqualTo(TestWorld.BASE_URL + "/access/media/" + id);
        assertThat(api.cookie(joined.cookiePair()).get("/media/" + id).body()).contains("data-role=\"GUEST\"");
        assertThat(api.get("/health").status()).isEqualTo(200);
    }

    @Test
    void nothing_answers_outside_the_prefix() {
        Api bare = new Api(world.app, "");

        assertThat(bare.get("/health").status()).isEqualTo(404);
        assertThat(bare.get("/health").body()).doesNotContain("problem");
        assertThat(bare.get("/api/media/x").header("Content-Security-Policy")).isEmpty();
    }
}
