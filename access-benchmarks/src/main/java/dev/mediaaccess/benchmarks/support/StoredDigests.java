package dev.mediaaccess.benchmarks.support;

import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.core.secret.Tokens;

/** The digest a token is stored under (plain SHA-256: it needs neither randomness nor the host secret). */
public final class StoredDigests {
    private static final Tokens DIGESTS = new Tokens(bytes -> { }, HostSecret.of(new byte[HostSecret.MIN_BYTES]));

    private StoredDigests() {}

    public static TokenDigest of(String token) {
        return DIGESTS.digest(token);
    }
}
