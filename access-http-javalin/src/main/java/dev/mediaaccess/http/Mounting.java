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
        RequestGuards guards = new RequestGuards(settings);
        cfg.routes.before(guards::before);

        cfg.routes.exception(AccessRefused.class, (refused, ctx) -> answer(ctx, Problem.of(refused), Map.of()));
        cfg.routes.exception(HttpRefusal.class, (refusal, ctx) -> answer(ctx, Problem.of(refusal), refusal.headers()));
        cfg.routes.exception(UnexpectedFailure.class, (failure, ctx) -> {
            LOG.error("Unexpected failure answering {} {}", ctx.method(), Area.redacted(ctx.path()), failure.getCause());
            answer(ctx, Problem.of(500, "internal-error", "Something went wrong on our side. Please try again later."), Map.of());
        });
        cfg.routes.error(404, ctx -> {
            if (!Json.answered(ctx) && Area.of(ctx, settings.prefix()).ours()) {
                answer(ctx, Problem.of(HttpRefusal.notFound()), Map.of());
            }
        });

        RouteTable routes = new RouteTable(cfg, settings.prefix());
        routes.get("/health", ctx -> Json.write(ctx, 200, new Views.HealthJson("ok")));
        new MediaApi(wiring).register(routes);
        new GuestLinkApi(wiring).register(routes);
        new JoinApi(wiring).register(routes);
        new InvitationApi(wiring).register(routes);
        new ParticipantApi(wiring).register(routes);
        new AuditApi(wiring).register(routes);
        new Assets().register(routes);
        new MediaPage(wiring).register(routes);
        new GuestJoinPage(wiring).register(routes);
        new InvitationPage(wiring).register(routes);
    }

    /** Pages answer a refusal with an HTML page, everything else with a problem document; both with the same status. */
    private void answer(Context ctx, Problem problem, Map<String, String> headers) {
        headers.forEach(ctx::header);
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"media-access\"");
        }
        if (Area.of(ctx, wiring.settings().prefix()) == Area.PAGE) {
            Page.refusal(wiring.settings(), problem).writeTo(ctx, problem.status());
        } else {
            Json.writeProblem(ctx, problem);
        }
    }
}
