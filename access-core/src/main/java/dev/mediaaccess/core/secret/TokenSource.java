package dev.mediaaccess.core.secret;

import java.security.SecureRandom;

/**
 * Port: where every token, seed, code and identifier gets its randomness. Production uses a CSPRNG
 * ({@link #secureRandom()}); tests may use a deterministic source from the testkit.
 */
@FunctionalInterface
public interface TokenSource {
    void nextBytes(byte[] bytes);

    static TokenSource secureRandom() {
        SecureRandom random = new SecureRandom();
        return random::nextBytes;
    }
}
