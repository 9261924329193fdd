package dev.mediaaccess.core.secret;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.security.MessageDigest;
import java.util.UUID;

/**
 * Mints, derives and digests every secret the core hands out.
 * <ul>
 *   <li>Bearer tokens (passes, invitation links): 256 random bits, URL-safe base64, 43 characters.</li>
 *   <li>Guest link tokens: HMAC-SHA256 of a stored random seed under the {@link HostSecret}, so the owner can copy
 *       the URL again while storage holds only the seed and the token's digest.</li>
 *   <li>One-time codes: six uniform decimal digits; stored as an HMAC bound to the invitation.</li>
 * </ul>
 * Stored digests are SHA-256 of the token; secrets are compared in constant time.
 */
public final class Tokens {
    public static final int TOKEN_LENGTH = 43;
    private static final int TOKEN_BYTES = 32;
    private static final int SEED_BYTES = 16;
    private static final BaseEncoding URL_SAFE = BaseEncoding.base64Url().omitPadding();

    private final TokenSource source;
    private final HashFunction hmac;

    public Tokens(TokenSource source, HostSecret secret) {
        this.source = requireNonNull(source, "source");
        this.hmac = Hashing.hmacSha256(requireNonNull(secret, "secret").bytes());
    }

    /** A new random bearer token. */
    public String mint() {
        return URL_SAFE.encode(randomBytes(TOKEN_BYTES));
    }

    /** A new random seed for a derived token. */
    public String newSeed() {
        return URL_SAFE.encode(randomBytes(SEED_BYTES));
    }

    /** The guest link token derived from a seed; the same seed always gives the same token. */
    public String guestLinkToken(String seed) {
        return URL_SAFE.encode(hmac.hashString("guest-link:v1:" + seed, UTF_8).asBytes());
    }

    /** The digest under which a token is stored and looked up. */
    public TokenDigest digest(String token) {
        return new TokenDigest(URL_SAFE.encode(Hashing.sha256().hashString(token, UTF_8).asBytes()));
    }

    /** True if the text could be a token this class minted; anything else is refused before any lookup. */
    public static boolean looksLikeToken(String text) {
        return text != null && text.length() == TOKEN_LENGTH && isUrlSafe(text);
    }

    /** Six decimal digits, uniformly drawn. */
    public String newCode() {
        long bound = 1_000_000L;
        long limit = (1L << 32) - ((1L << 32) % bound);
        while (true) {
            byte[] four = randomBytes(4);
            long value = ((four[0] & 0xFFL) << 24) | ((four[1] & 0xFFL) << 16) | ((four[2] & 0xFFL) << 8) | (four[3] & 0xFFL);
            if (value < limit) {
                return String.format("%06d", value % bound);
            }
        }
    }

    /** The digest of a one-time code, bound to what it unlocks, keyed so six digits cannot be brute-forced offline. */
    public TokenDigest codeDigest(String subject, String code) {
        return new TokenDigest(URL_SAFE.encode(hmac.hashString("code:v1:" + subject + ":" + code, UTF_8).asBytes()));
    }

    /** Constant-time comparison of two digests. */
    public static boolean same(TokenDigest a, TokenDigest b) {
        return MessageDigest.isEqual(a.value().getBytes(UTF_8), b.value().getBytes(UTF_8));
    }

    /** A new random identifier in UUID (version 4) form. */
    public String newId() {
        byte[] bytes = randomBytes(16);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (bytes[i] & 0xff);
            lsb = (lsb << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(msb, lsb).toString();
    }

    static boolean isUrlSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        source.nextBytes(bytes);
        return bytes;
    }
}
