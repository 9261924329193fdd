package dev.mediaaccess.http;

import com.google.common.io.ByteStreams;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The pages' one stylesheet and one script, read once from the classpath. */
final class Assets {
    private static final Map<String, String> TYPES = Map.of(
            "access.js", "text/javascript; charset=utf-8",
            "access.css", "text/css; charset=utf-8");

    private final Map<String, byte[]> contents = Map.of(
            "access.js", load("access.js"),
            "access.css", load("access.css"));

    void register(RouteTable.Routes routes) {
        routes.get("/assets/{name}", this::serve);
    }

    private void serve(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] content = contents.get(name);
        if (content == null) {
            throw HttpRefusal.notFound();
        }
        ctx.status(200).contentType(TYPES.get(name)).result(content);
    }

    private static byte[] load(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + name);
            }
            return ByteStreams.toByteArray(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
