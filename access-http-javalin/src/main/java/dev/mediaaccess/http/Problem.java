package dev.mediaaccess.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.ValidationFailed;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus the domain's stable
 * {@code code} and, for validation, the per-field {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String code, List<FieldProblem> errors) {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:media-access:problem:";

    record FieldProblem(String field, String code, String message) {}

    static Problem of(int status, String code, String detail) {
        return new Problem(TYPE_PREFIX + code, titleOf(code), status, detail, code, null);
    }

    static Problem of(AccessRefused refused) {
        Problem problem = of(statusOf(refused.code().category()), refused.code().code(), refused.detail());
        if (refused instanceof ValidationFailed invalid) {
            return problem.withErrors(invalid.errors().stream()
                    .map(error -> new FieldProblem(error.field(), error.code(), error.message()))
                    .toList());
        }
        return problem;
    }

    static Problem of(HttpRefusal refusal) {
        return of(refusal.status(), refusal.code(), refusal.detail());
    }

    /** The one place a domain refusal's category becomes an HTTP status. */
    static int statusOf(ErrorCode.Category category) {
        return switch (category) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case TOO_MANY_ATTEMPTS -> 429;
        };
    }

    Problem withErrors(List<FieldProblem> fieldErrors) {
        return new Problem(type, title, status, detail, code, List.copyOf(fieldErrors));
    }

    /** {@code guest-link-expired} becomes {@code Guest link expired}: the same title for every problem of a type. */
    private static String titleOf(String code) {
        String words = code.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
