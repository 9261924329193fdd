package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.common.PublicUrls;
import io.javalin.Javalin;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The guards know the adapter's paths from the routes it registered, not from a second list: a route under a new first
 * segment is the adapter's (guarded, answered with problems) as soon as it is registered, and nothing else is.
 */
class RouteTableTest {
    private static final HttpSettings SETTINGS = new HttpSettings("/access", PublicUrls.of(TestWorld.BASE_URL + "/access"),
            SignedInUsers.nobody(), ctx -> Optional.empty(), 1024, false);

    @Test
    void a_route_under_a_new_first_segment_belongs_to_its_area_and_the_host_keeps_the_rest() {
        RouteTable table = tableWith(routes -> routes.in(Area.PAGE).get("/reports/{reportId}", ctx -> ctx.result("report")));

        assertThat(table.areaOf("/access/reports/7")).isEqualTo(Area.PAGE);
        assertThat(table.areaOf("/access/reports/7/anything-below")).isEqualTo(Area.PAGE);
        assertThat(table.areaOf("/access/reports")).isEqualTo(Area.PAGE);
        assertThat(table.areaOf("/access/reportsx/7")).isEqualTo(Area.FOREIGN);
        assertThat(table.areaOf("/reports/7")).as("outside the prefix").isEqualTo(Area.FOREIGN);
        assertThat(table.areaOf("/access")).isEqualTo(Area.FOREIGN);
        assertThat(table.areaOf("/access/")).isEqualTo(Area.FOREIGN);
        assertThat(table.areaOf("/access/media/7")).as("not registered in this table").isEqualTo(Area.FOREIGN);
    }

    @Test
    void a_first_segment_belongs_to_one_area_and_is_a_fixed_name() {
        assertThatThrownBy(() -> tableWith(routes -> {
            routes.in(Area.API).get("/reports", ctx -> {});
            routes.in(Area.PAGE).get("/reports/{id}", ctx -> {});
        })).isInstanceOf(IllegalStateException.class).hasMessage("/reports belongs to API already, not to PAGE");
        assertThatThrownBy(() -> tableWith(routes -> routes.in(Area.PAGE).get("/{anything}", ctx -> {})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tableWith(routes -> routes.in(Area.FOREIGN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_newly_registered_route_gets_the_guards() {
        Javalin app = Javalin.create(cfg -> {
            RouteTable routes = new RouteTable(cfg, SETTINGS.prefix());
            cfg.routes.before(new RequestGuards(SETTINGS, routes)::before);
            cfg.routes.exception(HttpRefusal.class, (refusal, ctx) -> ctx.status(refusal.status()).result(refusal.code()));
            routes.in(Area.API).post("/reports", ctx -> ctx.result("filed"));
            cfg.routes.post("/access-host/reports", ctx -> ctx.result("host"));
        }).start(0);
        try {
            Api api = new Api(app, "");
            String body = "{\"title\":\"t\"}";

            Api.Reply guarded = api.with("Sec-Fetch-Site", "cross-site").post("/access/reports", body);
            assertThat(guarded.status()).isEqualTo(403);
            assertThat(guarded.body()).isEqualTo("cross-site-request");
            Api.Reply allowed = api.with("Sec-Fetch-Site", "same-origin").post("/access/reports", body);
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(allowed.header("Content-Security-Policy")).contains(RequestGuards.API_CSP);
            assertThat(allowed.header("X-Frame-Options")).contains("DENY");
            Api.Reply host = api.with("Sec-Fetch-Site", "cross-site").post("/access-host/reports", body);
            assertThat(host.status()).isEqualTo(200);
            assertThat(host.header("Content-Security-Policy")).isEmpty();
        } finally {
            app.stop();
        }
    }

    private static RouteTable tableWith(Consumer<RouteTable> register) {
        AtomicReference<RouteTable> table = new AtomicReference<>();
        Javalin.create(cfg -> {
            RouteTable routes = new RouteTable(cfg, SETTINGS.prefix());
            register.accept(routes);
            table.set(routes);
        });
        return table.get();
    }
}
