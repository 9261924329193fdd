package dev.mediaaccess.core.secret;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The one-way digest of a token or code, as stored and looked up. 43 URL-safe base64 characters (256 bits).
 * Knowing a digest does not let anyone present the token.
 */
public record TokenDigest(String value) {
    public static final int LENGTH = 43;

    public TokenDigest {
        checkArgument(value != null && value.length() == LENGTH && Tokens.isUrlSafe(value), "not a token digest");
    }

    @Override
    public String toString() {
        return value;
    }
}
