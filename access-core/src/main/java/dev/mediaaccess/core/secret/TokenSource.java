package dev.mediaaccess.core.secret;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Port: where every token, seed, code and identifier gets its randomness. Production uses a CSPRNG
 * ({@link #secureRandom()}); tests may use a deterministic source from the testkit.
 */
@FunctionalInterface
public interface TokenSource {
    void nextBytes(byte[] bytes);

    /**
     * A CSPRNG with one generator per thread: the JDK's DRBG (NIST SP 800-90A), each instance seeded from the
     * operating system. One shared {@code SecureRandom} (NativePRNG on Linux) takes one JVM-wide lock on every call,
     * so concurrent requests minting tokens queue on it (see docs/benchmarks.md, "Token work").
     */
    static TokenSource secureRandom() {
        ThreadLocal<SecureRandom> perThread = ThreadLocal.withInitial(TokenSource::newGenerator);
        return bytes -> perThread.get().nextBytes(bytes);
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
