package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every registered route is guarded and, called the wrong way, refuses with a 4xx problem or page and never shows its
 * insides. The list of one's own media has no wrong way for a signed-in user: it answers their (empty) list.
 */
class EveryRouteTest extends ApiTest {
    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    @Test
    void every_route_refuses_strangers_garbage_and_unknown_ids_cleanly() {
        List<String> routes = new ArrayList<>();
        world.app.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
            if (METHODS.contains(parsed.endpoint.method)) {
                routes.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        });
        assertThat(routes).hasSizeGreaterThan(25);
        List<Api> signedIn = List.of(api.as("olivia"), api.as("bob"));
        List<Api> callers = List.of(api, signedIn.get(0), signedIn.get(1), api.bearer("x".repeat(43)));

        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "nope");
            boolean hasBody = !method.equals("GET") && !method.equals("DELETE");
            for (Api caller : callers) {
                for (String body : hasBody ? List.of("{", "{}", "{\"unknown\":1}", "[]") : List.of("")) {
                    Api.Reply reply = caller.send(method, path, hasBody ? body : null, hasBody ? "application/json" : null);
                    String what = route + " with " + body + " -> " + reply;
                    assertNoInternals(reply.body());
                    assertThat(reply.header("X-Content-Type-Options")).as("guarded: " + what).contains("nosniff");
                    if (path.equals("/health")) {
                        continue;
                    }
                    if (route.equals("GET /api/media") && signedIn.contains(caller)) { // the caller's own list, empty here
                        assertThat(reply.status()).as(what).isEqualTo(200);
                        assertThat(reply.json().get("owned")).as(what).isEmpty();
                        continue;
                    }
                    if (path.endsWith("/access")) { // answers a decision, never a refusal
                        assertThat(reply.json().get("allowed").asBoolean()).as(what).isFalse();
                        continue;
                    }
                    assertThat(reply.status()).as(what).isBetween(400, 499);
                    String type = reply.header("Content-Type").orElse("");
                    if (path.startsWith("/api/") || path.startsWith("/assets/")) {
                        assertThat(type).as(what).startsWith("application/problem+json");
                    } else {
                        assertThat(type).as(what).startsWith("text/html");
                        assertThat(reply.body()).as(what).containsAnyOf("id=\"error-page\"", "id=\"link-invalid\"",
                                "id=\"invitation-invalid\"");
                    }
                }
            }
        }
    }
}
