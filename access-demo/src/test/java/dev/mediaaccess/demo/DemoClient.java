package dev.mediaaccess.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person's HTTP client for tests against a running demo server: keeps cookies, follows no redirects. */
final class DemoClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("sign-in code is ([0-9]{6})");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    DemoClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> postJson(String path, Object body) {
        return sendJson("POST", path, body);
    }

    HttpResponse<String> putJson(String path, Object body) {
        return sendJson("PUT", path, body);
    }

    HttpResponse<String> postRaw(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postFormWithHeaders(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)));
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postFormWithHeaders(path, fields);
    }

    /** Signs in through the JSON endpoints, reading the code from the dev mailbox as a person would. */
    HttpResponse<String> signIn(String email, String name) {
        HttpResponse<String> sent = postJson("/demo/login", Map.of("email", email, "name", name));
        if (sent.statusCode() != 202) {
            throw new AssertionError("code request failed: " + sent.statusCode() + " " + sent.body());
        }
        return postJson("/demo/login/verify", Map.of("email", email, "code", latestCodeFor(email)));
    }

    String latestCodeFor(String email) {
        JsonNode emails = json(get("/api/demo/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8)));
        for (JsonNode sent : emails) {
            Matcher code = CODE.matcher(sent.get("body").asText());
            if (code.find()) {
                return code.group(1);
            }
        }
        throw new AssertionError("no sign-in code in the mailbox for " + email + ": " + emails);
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private HttpResponse<String> sendJson(String method, String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
