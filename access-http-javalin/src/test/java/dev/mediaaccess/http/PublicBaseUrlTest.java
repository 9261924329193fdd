package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

/**
 * The public base URL is configured once, on the core: the adapter mounts under its path unless told otherwise, and
 * refuses to mount when the host names a different one.
 */
class PublicBaseUrlTest extends ApiTest {

    @Test
    void a_base_url_given_to_the_adapter_too_must_be_the_cores() {
        TestWorld at = world; // the core's base is TestWorld.BASE_URL
        AccessHttp same = AccessHttp.of(at.core).publicBaseUrl("https://Media.Example.TEST:443/");
        Javalin.create(same::mount);

        AccessHttp other = AccessHttp.of(at.core).publicBaseUrl(TestWorld.BASE_URL + "/access");
        assertThatThrownBy(() -> Javalin.create(other::mount))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TestWorld.BASE_URL + "/access")
                .hasMessageContaining(TestWorld.BASE_URL + "/")
                .hasMessageContaining("AccessCore.builder().publicBaseUrl");
        AccessHttp otherOrigin = AccessHttp.of(at.core).publicBaseUrl("http://media.example.test");
        assertThatThrownBy(() -> Javalin.create(otherOrigin::mount)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void behind_a_proxy_that_strips_the_path_the_routes_move_and_what_browsers_see_stays() {
        world.close();
        world = new TestWorld(TestWorld.BASE_URL + "/access", "", http -> http.pathPrefix(""));
        api = world.api;
        String id = media("Lecture", "VIDEO");
        String token = tokenOf(enableGuests(id));

        Api.Reply page = api.get("/g/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<body data-prefix=\"/access\">", "href=\"/access/assets/access.css\"");
        Api.Reply joined = join(token, "Ann", "ann@example.com");
        assertThat(joined.all("Set-Cookie").get(0)).contains("; Path=/access;");
        JsonNode body = joined.json();
        assertThat(body.get("pageUrl").asText()).isEqualTo(TestWorld.BASE_URL + "/access/media/" + id);
        assertThat(api.as("olivia").post("/api/media", "{\"title\":\"t\",\"kind\":\"VIDEO\"}").header("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("/access/api/media/"));
        assertThat(new Api(world.app, "/access").get("/health").status()).isEqualTo(404);
    }
}
