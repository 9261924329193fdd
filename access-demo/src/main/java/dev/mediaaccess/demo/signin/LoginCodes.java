package dev.mediaaccess.demo.signin;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.core.secret.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time sign-in codes for the demo: six digits, kept only as a keyed digest, valid for a short time, for a few
 * tries, and used at most once. A new code for an email replaces the one before. Kept in memory: a restart asks
 * everyone to request a new code.
 */
public final class LoginCodes {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    /** Caps the memory that requests for made-up emails can take. */
    static final int MAX_PENDING = 10_000;

    private final Tokens tokens;
    private final Clock clock;
    private final Duration ttl;
    private final int maxAttempts;
    private final Map<EmailAddress, Pending> pending = new ConcurrentHashMap<>();

    public LoginCodes(Tokens tokens, Clock clock, Duration ttl, int maxAttempts) {
        this.tokens = requireNonNull(tokens, "tokens");
        this.clock = requireNonNull(clock, "clock");
        this.ttl = requireNonNull(ttl, "ttl");
        this.maxAttempts = maxAttempts;
    }

    public LoginCodes(Tokens tokens, Clock clock) {
        this(tokens, clock, DEFAULT_TTL, DEFAULT_MAX_ATTEMPTS);
    }

    /** A code that was issued, to send to its email. */
    public record Issued(EmailAddress email, String code, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[email=" + email + ", code=redacted, expiresAt=" + expiresAt + "]";
        }
    }

    public Issued issue(EmailAddress email, DisplayName name) {
        requireNonNull(email, "email");
        requireNonNull(name, "name");
        Instant now = clock.instant();
        pending.values().removeIf(p -> !now.isBefore(p.expiresAt));
        if (pending.size() >= MAX_PENDING && !pending.containsKey(email)) {
            throw new AccessRefused(ErrorCode.CODE_ATTEMPTS_EXHAUSTED, "Too many sign-ins are pending; try again in a few minutes.");
        }
        String code = tokens.newCode();
        Instant expiresAt = now.plus(ttl);
        pending.put(email, new Pending(digest(email, code), name, expiresAt, 0));
        return new Issued(email, code, expiresAt);
    }

    /**
     * Checks a code and, if it is right, uses it up and returns the signed-in user. A wrong code counts as a try; once
     * the tries are used up the code is dead and a new one must be requested.
     */
    public DemoUser verify(EmailAddress email, String typed) {
        requireNonNull(email, "email");
        String code = typed == null ? "" : typed.strip();
        if (!code.matches("[0-9]{6}")) {
            throw new AccessRefused(ErrorCode.CODE_INVALID, "The code is the six digits sent to your email.");
        }
        Instant now = clock.instant();
        Outcome[] outcome = new Outcome[1];
        pending.compute(email, (key, current) -> {
            if (current == null) {
                outcome[0] = new Outcome(Result.NONE, null);
                return null;
            }
            if (!now.isBefore(current.expiresAt)) {
                outcome[0] = new Outcome(Result.EXPIRED, null);
                return null;
            }
            if (current.attempts >= maxAttempts) {
                outcome[0] = new Outcome(Result.EXHAUSTED, null);
                return current;
            }
            if (Tokens.same(current.digest, digest(email, code))) {
                outcome[0] = new Outcome(Result.VERIFIED, current.name);
                return null;
            }
            Pending tried = current.tried();
            outcome[0] = new Outcome(tried.attempts >= maxAttempts ? Result.EXHAUSTED : Result.WRONG, null);
            return tried;
        });
        return switch (outcome[0].result) {
            case VERIFIED -> DemoUser.of(email, outcome[0].name);
            case WRONG -> throw new AccessRefused(ErrorCode.CODE_INVALID, "That code is not right; check the email and try again.");
            case EXHAUSTED -> throw new AccessRefused(ErrorCode.CODE_ATTEMPTS_EXHAUSTED,
                    "Too many wrong codes; ask for a new code.");
            case EXPIRED -> throw new AccessRefused(ErrorCode.CODE_EXPIRED, "This code has expired; ask for a new one.");
            case NONE -> throw new AccessRefused(ErrorCode.CODE_INVALID, "No code was sent to this email; ask for one first.");
        };
    }

    private TokenDigest digest(EmailAddress email, String code) {
        return tokens.codeDigest("demo-sign-in:" + email.value(), code);
    }

    private enum Result { VERIFIED, WRONG, EXHAUSTED, EXPIRED, NONE }

    private record Outcome(Result result, DisplayName name) {}

    private record Pending(TokenDigest digest, DisplayName name, Instant expiresAt, int attempts) {
        Pending tried() {
            return new Pending(digest, name, expiresAt, attempts + 1);
        }
    }
}
