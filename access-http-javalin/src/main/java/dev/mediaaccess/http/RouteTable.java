package dev.mediaaccess.http;

import dev.mediaaccess.core.common.AccessRefused;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * Registers the adapter's routes under its prefix. Every handler is wrapped so that anything unexpected it throws
 * becomes an {@link UnexpectedFailure}, answered as a 500 problem for these routes only.
 */
final class RouteTable {
    private final JavalinConfig cfg;
    private final String prefix;

    RouteTable(JavalinConfig cfg, String prefix) {
        this.cfg = cfg;
        this.prefix = prefix;
    }

    void get(String path, Handler handler) {
        add(HandlerType.GET, path, handler);
    }

    void post(String path, Handler handler) {
        add(HandlerType.POST, path, handler);
    }

    void put(String path, Handler handler) {
        add(HandlerType.PUT, path, handler);
    }

    void patch(String path, Handler handler) {
        add(HandlerType.PATCH, path, handler);
    }

    void delete(String path, Handler handler) {
        add(HandlerType.DELETE, path, handler);
    }

    private void add(HandlerType method, String path, Handler handler) {
        cfg.routes.addHttpHandler(method, prefix + path, ctx -> {
            try {
                handler.handle(ctx);
            } catch (AccessRefused | HttpRefusal | UnexpectedFailure expected) {
                throw expected;
            } catch (Exception unexpected) {
                throw new UnexpectedFailure(unexpected);
            }
        });
    }
}
