package dev.mediaaccess.demo.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.FieldError;
import dev.mediaaccess.core.common.ValidationFailed;
import dev.mediaaccess.http.AccessHttp;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON in and out for the demo's own routes, independent of whatever JSON mapper the adapter configures. */
public final class Responses {
    public static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {}

    public static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * A refusal as the HTTP adapter answers one: an RFC 9457 problem ({@code type}, {@code title}, {@code status},
     * {@code detail}, {@code code}, and {@code errors} for validation), with the status its category maps to.
     */
    public static void refusal(Context ctx, AccessRefused refused) {
        List<Map<String, String>> errors = refused instanceof ValidationFailed invalid
                ? invalid.errors().stream().map(Responses::fieldError).toList()
                : List.of();
        problem(ctx, status(refused), refused.code().code(), refused.detail(), errors);
    }

    /** A problem document of the demo's own, such as {@code malformed-request}. */
    public static void problem(Context ctx, int status, String code, String detail, List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:media-access:problem:" + code);
        body.put("title", Character.toUpperCase(code.charAt(0)) + code.substring(1).replace('-', ' '));
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        json(ctx, status, body);
        ctx.contentType("application/problem+json");
    }

    /** The status the HTTP adapter gives the refusal, so the demo's routes answer exactly as the adapter's do. */
    public static int status(AccessRefused refused) {
        return AccessHttp.statusOf(refused);
    }

    /** Whether the request came from an HTML form (the pages) rather than from a JSON client. */
    public static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    /** A path on this server to return to after a form, never another site: anything else becomes {@code /}. */
    public static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return next;
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.field(), "code", error.code(), "message", error.message());
    }
}
