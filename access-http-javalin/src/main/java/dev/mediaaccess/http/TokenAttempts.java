package dev.mediaaccess.http;

import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Throttles guessing: every use of a guest link or invitation token (join, accept, code, and the pages behind the
 * links) first checks the client's budget, and each attempt that fails for a wrong token or code spends from it.
 */
final class TokenAttempts {
    /** Refusals that mean "that token or code is not right"; other refusals (expired, full, ...) need a real token. */
    private static final Set<ErrorCode> WRONG_GUESSES = Set.of(
            ErrorCode.GUEST_LINK_NOT_FOUND, ErrorCode.INVITATION_NOT_FOUND, ErrorCode.CODE_INVALID,
            ErrorCode.CODE_ATTEMPTS_EXHAUSTED);

    private final AttemptThrottle throttle;
    private final boolean trustForwardedFor;

    TokenAttempts(AttemptThrottle throttle, boolean trustForwardedFor) {
        this.throttle = throttle;
        this.trustForwardedFor = trustForwardedFor;
    }

    /** Runs a token use: refused up front with 429 while the client's budget is spent; a wrong guess spends from it. */
    <T> T attempt(Context ctx, Supplier<T> use) {
        String address = ClientAddress.of(ctx, trustForwardedFor);
        throttle.blockedFor(address).ifPresent(wait -> {
            throw tooMany(wait);
        });
        try {
            return use.get();
        } catch (AccessRefused refused) {
            if (WRONG_GUESSES.contains(refused.code())) {
                throttle.recordFailure(address);
            }
            throw refused;
        }
    }

    private static HttpRefusal tooMany(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new HttpRefusal(429, "too-many-attempts",
                "Too many attempts with links or codes that were not right. Try again in " + seconds + " seconds.",
                Map.of("Retry-After", Long.toString(seconds)));
    }
}
