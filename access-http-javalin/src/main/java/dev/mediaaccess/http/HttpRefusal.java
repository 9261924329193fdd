package dev.mediaaccess.http;

import java.util.Map;

/**
 * A refusal by the adapter itself rather than the domain: a malformed or oversized request, a cross-site request, a
 * throttled client, an unknown route. Answered as a problem like any domain refusal; carries no stack trace.
 */
final class HttpRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, String> headers;

    HttpRefusal(int status, String code, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    HttpRefusal(int status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    static HttpRefusal malformed(String detail) {
        return new HttpRefusal(400, "malformed-request", detail);
    }

    static HttpRefusal notFound() {
        return new HttpRefusal(404, "not-found", "There is nothing at this address.");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String detail() {
        return getMessage();
    }

    Map<String, String> headers() {
        return headers;
    }
}
