package dev.mediaaccess.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.HttpHeaders;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls the adapter through Javalin's test client, as a given person: {@code api.as("olivia").post(...)}, with no cookie
 * jar (cookies are passed explicitly, so a test always knows what it presents).
 */
final class Api {
    private final HttpClient client;
    private final String prefix;
    private final Map<String, String> headers;

    Api(Javalin app, String prefix) {
        this(new HttpClient(app, java.net.http.HttpClient.newHttpClient()), prefix, Map.of());
    }

    private Api(HttpClient client, String prefix, Map<String, String> headers) {
        this.client = client;
        this.prefix = prefix;
        this.headers = headers;
    }

    Api with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(client, prefix, more);
    }

    /** Signed in to the host as a test user. */
    Api as(String user) {
        return with(TestWorld.USER_HEADER, user);
    }

    Api bearer(String token) {
        return with("Authorization", "Bearer " + token);
    }

    Api cookie(String cookie) {
        return with("Cookie", cookie);
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    Reply post(String path) {
        return send("POST", path, null, null);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, json, "application/json");
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    Reply send(String method, String path, String body, String contentType) {
        Response response = client.request(prefix + path, builder -> {
            headers.forEach(builder::header);
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            var publisher = body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
            switch (method) {
                case "GET" -> builder.get();
                case "POST" -> builder.post(publisher);
                case "PUT" -> builder.put(publisher);
                case "PATCH" -> builder.patch(publisher);
                case "DELETE" -> builder.delete(publisher);
                default -> throw new IllegalArgumentException(method);
            }
        });
        return new Reply(response.code(), response.body().string(), response.headers());
    }

    record Reply(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (Exception notJson) {
                throw new AssertionError("not JSON (" + status + "): " + body, notJson);
            }
        }

        Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        List<String> all(String name) {
            List<String> values = headers.get(name);
            return values == null ? List.of() : values;
        }

        /** The {@code name=value} part of the Set-Cookie header, to send back in a Cookie header. */
        String cookiePair() {
            return all("Set-Cookie").stream().findFirst()
                    .map(cookie -> cookie.split(";", 2)[0])
                    .orElseThrow(() -> new AssertionError("no Set-Cookie in " + status + " " + body));
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
