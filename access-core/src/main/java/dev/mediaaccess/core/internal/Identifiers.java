package dev.mediaaccess.core.internal;

import com.google.common.base.CharMatcher;

/** Shared invariant for identifier values: 1 to 128 visible characters, no whitespace. */
public final class Identifiers {
    private static final int MAX_LENGTH = 128;
    private static final CharMatcher VISIBLE_ASCII = CharMatcher.inRange('!', '~');

    private Identifiers() {}

    public static String require(String kind, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !VISIBLE_ASCII.matchesAllOf(value)) {
            throw new IllegalArgumentException(kind + " must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
        return value;
    }
}
