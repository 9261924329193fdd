package dev.mediaaccess.demo.signin;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.core.secret.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is signed in to the demo, by session token. Only the token's digest is kept, in memory: a restart signs
 * everyone out.
 */
public final class DemoSessions {
    public static final Duration DEFAULT_TTL = Duration.ofHours(12);

    private final Tokens tokens;
    private final Clock clock;
    private final Duration ttl;
    private final Map<TokenDigest, Session> sessions = new ConcurrentHashMap<>();

    public DemoSessions(Tokens tokens, Clock clock, Duration ttl) {
        this.tokens = requireNonNull(tokens, "tokens");
        this.clock = requireNonNull(clock, "clock");
        this.ttl = requireNonNull(ttl, "ttl");
    }

    public DemoSessions(Tokens tokens, Clock clock) {
        this(tokens, clock, DEFAULT_TTL);
    }

    public Duration ttl() {
        return ttl;
    }

    /** Starts a session for the user and returns its token, for the cookie. */
    public String open(DemoUser user) {
        requireNonNull(user, "user");
        Instant now = clock.instant();
        sessions.values().removeIf(session -> !now.isBefore(session.expiresAt));
        String token = tokens.mint();
        sessions.put(tokens.digest(token), new Session(user, now.plus(ttl)));
        return token;
    }

    /** The user of a live session; nobody for unknown, malformed or expired tokens. */
    public Optional<DemoUser> find(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.ofNullable(sessions.get(tokens.digest(token)))
                .filter(session -> now.isBefore(session.expiresAt))
                .map(Session::user);
    }

    public void close(String token) {
        if (Tokens.looksLikeToken(token)) {
            sessions.remove(tokens.digest(token));
        }
    }

    private record Session(DemoUser user, Instant expiresAt) {}
}
