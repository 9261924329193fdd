package dev.mediaaccess.core.common;

import static java.util.Objects.requireNonNull;

/**
 * An expected refusal: the request was understood and the domain said no. Carries a stable {@link ErrorCode}
 * and a sentence a person can read. No stack trace is captured: refusals are answers, not failures.
 */
public class AccessRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public AccessRefused(ErrorCode code, String detail) {
        super(requireNonNull(detail, "detail"), null, false, false);
        this.code = requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }

    /** The human sentence. */
    public String detail() {
        return getMessage();
    }
}
