package dev.mediaaccess.http;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.mediaaccess.core.common.AccessRefused;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registers the adapter's routes under its prefix, and remembers which {@link Area} each route's first path segment
 * belongs to: that record is what the guards and the error mapping call "ours", so a route registered here is guarded
 * without being listed anywhere else. Every handler is wrapped so that anything unexpected it throws becomes an
 * {@link UnexpectedFailure}, answered as a 500 problem for these routes only.
 */
final class RouteTable {
    private final JavalinConfig cfg;
    private final String prefix;
    private final Map<String, Area> areas = new ConcurrentHashMap<>();

    RouteTable(JavalinConfig cfg, String prefix) {
        this.cfg = cfg;
        this.prefix = prefix;
    }

    /** Registers routes of one area; their first path segment then belongs to it. */
    Routes in(Area area) {
        checkArgument(area.ours(), "routes of the adapter belong to one of its areas");
        return new Routes(area);
    }

    /**
     * The area a request path (below the servlet context path) is addressed to: the area of the routes registered
     * under its first segment below the prefix, or {@link Area#FOREIGN} for the host's own paths.
     */
    Area areaOf(String path) {
        String below = path;
        if (!prefix.isEmpty()) {
            if (!path.startsWith(prefix + "/")) {
                return Area.FOREIGN;
            }
            below = path.substring(prefix.length());
        }
        return below.startsWith("/") ? areas.getOrDefault(firstSegment(below), Area.FOREIGN) : Area.FOREIGN;
    }

    private static String firstSegment(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    private void add(Area area, HandlerType method, String path, Handler handler) {
        checkArgument(path.startsWith("/"), "a route's path starts with /: %s", path);
        String segment = firstSegment(path);
        checkArgument(!segment.isEmpty() && !segment.contains("{") && !segment.contains("*") && !segment.contains("<"),
                "a route's first path segment is a fixed name: %s", path);
        Area known = areas.putIfAbsent(segment, area);
        checkState(known == null || known == area, "/%s belongs to %s already, not to %s", segment, known, area);
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

    /** The routes of one area. */
    final class Routes {
        private final Area area;

        private Routes(Area area) {
            this.area = area;
        }

        void get(String path, Handler handler) {
            add(area, HandlerType.GET, path, handler);
        }

        void post(String path, Handler handler) {
            add(area, HandlerType.POST, path, handler);
        }

        void put(String path, Handler handler) {
            add(area, HandlerType.PUT, path, handler);
        }

        void patch(String path, Handler handler) {
            add(area, HandlerType.PATCH, path, handler);
        }

        void delete(String path, Handler handler) {
            add(area, HandlerType.DELETE, path, handler);
        }
    }
}
