package dev.mediaaccess.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads request bodies and writes responses with the adapter's own strict mapper (the host's JSON mapper is left
 * alone). Unknown fields, wrong types and broken JSON are refused with 400 {@code malformed-request}; the refusal names
 * the field but never echoes what was sent.
 */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final String ANSWERED = "media-access.answered";

    private Json() {}

    /**
     * Whether one of the adapter's handlers wrote the answer. Javalin runs its 404 error handler on every 404, so the
     * adapter's "no such route" problem must not replace a 404 a handler already wrote (media-not-found, link pages).
     */
    static boolean answered(Context ctx) {
        return ctx.attribute(ANSWERED) != null;
    }

    static void markAnswered(Context ctx) {
        ctx.attribute(ANSWERED, true);
    }

    /** The request body as {@code type}; refuses an empty body. */
    static <T> T read(Context ctx, Class<T> type) {
        return convert(readTree(ctx), type);
    }

    /** The request body as a JSON object; refuses an empty body and anything but an object. */
    static JsonNode readTree(Context ctx) {
        byte[] body = RequestGuards.body(ctx);
        if (body.length == 0) {
            throw HttpRefusal.malformed("A JSON body is required.");
        }
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw HttpRefusal.malformed("The body must be a JSON object.");
            }
            return tree;
        } catch (JsonParseException broken) {
            throw HttpRefusal.malformed("The body is not valid JSON (line " + broken.getLocation().getLineNr()
                    + ", column " + broken.getLocation().getColumnNr() + ").");
        } catch (JsonProcessingException other) {
            throw HttpRefusal.malformed("The body is not valid JSON.");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static <T> T convert(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException unknown) {
            throw HttpRefusal.malformed("Unknown field: " + pathOf(unknown) + ".");
        } catch (MismatchedInputException mismatch) {
            throw HttpRefusal.malformed("Field " + pathOf(mismatch) + " has the wrong type.");
        } catch (JsonProcessingException other) {
            throw HttpRefusal.malformed("The body does not fit this request.");
        } catch (IllegalArgumentException other) {
            throw HttpRefusal.malformed("The body does not fit this request.");
        }
    }

    static void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
            markAnswered(ctx);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), impossible);
        }
    }

    static void writeProblem(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(MAPPER.writeValueAsBytes(problem));
            Json.markAnswered(ctx);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot serialise a problem", impossible);
        }
    }

    /** {@code invitees[2].role}, as the field errors of the domain name fields. */
    private static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : failure.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(body)" : path.toString();
    }
}
