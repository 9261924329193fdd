package dev.mediaaccess.core.secret;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The host-held key from which guest link URLs are derived and with which one-time codes are digested.
 * It never goes into storage, so stored data alone recovers no token. At least 32 bytes.
 */
public final class HostSecret {
    public static final int MIN_BYTES = 32;
    private final byte[] key;

    private HostSecret(byte[] key) {
        checkArgument(key.length >= MIN_BYTES, "a host secret needs at least %s bytes", MIN_BYTES);
        this.key = key.clone();
    }

    public static HostSecret of(byte[] key) {
        return new HostSecret(key);
    }

    /** A fresh random secret, for hosts that keep it in a file or a secret store. */
    public static HostSecret generate(TokenSource source) {
        byte[] key = new byte[MIN_BYTES];
        source.nextBytes(key);
        return new HostSecret(key);
    }

    public byte[] bytes() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostSecret that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "HostSecret[redacted]";
    }
}
