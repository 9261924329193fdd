package dev.mediaaccess.http;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.common.AccessRefused;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts the adapter on a host's Javalin config: guards, the one mapping of refusals to answers, and every route. */
final class Mounting {
    private static final Logger LOG = LoggerFactory.getLogger(AccessHttp.class);

    private final Wiring wiring;

    Mounting(AccessCore core, HttpSettings settings, AttemptThrottle throttle) {
        this.wiring = new Wiring(core, settings, new Principals(settings, core.accessChecks()),
                new TokenAttempts(throttle, settings.trustForwardedFor()));
    }

    void mount(JavalinConfig cfg) {
        HttpSettings settings = wiring.settings();
        RouteTable routes = new RouteTable(cfg, settings.prefix());
        cfg.routes.before(new RequestGuards(settings, routes)::before);

        cfg.routes.exception(AccessRefused.class, (refused, ctx) -> answer(ctx, routes, Problem.of(refused), Map.of()));
        cfg.routes.exception(HttpRefusal.class, (refusal, ctx) -> answer(ctx, routes, Problem.of(refusal), refusal.headers()));
        cfg.routes.exception(UnexpectedFailure.class, (failure, ctx) -> {
            LOG.error("Unexpected failure answering {} {}", ctx.method(), Area.redacted(ctx.path()), failure.getCause());
            answer(ctx, routes, Problem.of(500, "internal-error", "Something went wrong on our side. Please try again later."), Map.of());
        });
        cfg.routes.error(404, ctx -> {
            if (!Json.answered(ctx) && Area.of(ctx, routes).ours()) {
                answer(ctx, routes, Problem.of(HttpRefusal.notFound()), Map.of());
            }
        });

        routes.in(Area.HEALTH).get("/health", ctx -> Json.write(ctx, 200, new Views.HealthJson("ok")));
        RouteTable.Routes api = routes.in(Area.API);
        new MediaApi(wiring).register(api);
        new GuestLinkApi(wiring).register(api);
        new JoinApi(wiring).register(api);
        new InvitationApi(wiring).register(api);
        new ParticipantApi(wiring).register(api);
        new AuditApi(wiring).register(api);
        new Assets().register(routes.in(Area.ASSET));
        RouteTable.Routes pages = routes.in(Area.PAGE);
        new MediaPage(wiring).register(pages);
        new GuestJoinPage(wiring).register(pages);
        new InvitationPage(wiring).register(pages);
    }

    /** Pages answer a refusal with an HTML page, everything else with a problem document; both with the same status. */
    private void answer(Context ctx, RouteTable routes, Problem problem, Map<String, String> headers) {
        headers.forEach(ctx::header);
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"media-access\"");
        }
        if (Area.of(ctx, routes) == Area.PAGE) {
            Page.refusal(wiring.settings(), problem).writeTo(ctx, problem.status());
        } else {
            Json.writeProblem(ctx, problem);
        }
    }
}
