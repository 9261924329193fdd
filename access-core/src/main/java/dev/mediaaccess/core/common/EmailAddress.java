package dev.mediaaccess.core.common;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.net.InternetDomainName;
import dev.mediaaccess.core.internal.Text;
import java.net.IDN;
import java.util.Locale;

/**
 * A normalised email address: the domain lower-cased and in its ASCII (IDNA) form, the local part kept as typed
 * apart from case folding. Dots and {@code +tags} are never stripped: {@code a.b+x@example.com} is its own address.
 * Two addresses are the same person exactly when their normalised values are equal.
 */
public record EmailAddress(String value) {
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final CharMatcher LOCAL_ALLOWED = CharMatcher.inRange('a', 'z')
            .or(CharMatcher.inRange('A', 'Z'))
            .or(CharMatcher.inRange('0', '9'))
            .or(CharMatcher.anyOf("!#$%&'*+-/=?^_`{|}~."))
            .or(CharMatcher.inRange('\u0080', '\uFFFF').and(CharMatcher.javaIsoControl().negate()))
            .precomputed();

    public EmailAddress {
        if (!value.equals(normalise(value))) {
            throw new IllegalArgumentException("email address must be normalised");
        }
    }

    /** Validates and normalises what a person typed; throws {@link ValidationFailed} (code {@code invalid-email}). */
    public static EmailAddress parse(String raw) {
        return new EmailAddress(normalise(raw));
    }

    /** The domain part, in ASCII form, lower case. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /** A form safe to show to someone who holds only a link: {@code j***@example.com}. */
    public String masked() {
        String local = value.substring(0, value.lastIndexOf('@'));
        return local.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "***@" + domain();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        if (raw == null) {
            throw invalid("is required");
        }
        String trimmed = raw.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            throw invalid("must look like name@example.com");
        }
        String local = trimmed.substring(0, at);
        if (local.length() > MAX_LOCAL_LENGTH || !LOCAL_ALLOWED.matchesAllOf(local)
                || local.startsWith(".") || local.endsWith(".") || local.contains("..")
                || Text.hasUnsafeCharacters(local, false)) {
            throw invalid("has an invalid name part");
        }
        String domain = asciiDomain(trimmed.substring(at + 1));
        String normalised = local.toLowerCase(Locale.ROOT) + "@" + domain;
        if (normalised.length() > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters");
        }
        return normalised;
    }

    /**
     * Converts a domain to lower-case ASCII (IDNA) form and checks it has at least two labels and a public-looking
     * top level. Throws {@link ValidationFailed} with code {@code invalid-email}.
     */
    public static String asciiDomain(String rawDomain) {
        try {
            String ascii = Ascii.toLowerCase(IDN.toASCII(rawDomain.strip(), IDN.USE_STD3_ASCII_RULES));
            if (ascii.endsWith(".")) {
                ascii = ascii.substring(0, ascii.length() - 1);
            }
            if (!ascii.contains(".") || !InternetDomainName.isValid(ascii)) {
                throw invalid("has an invalid domain");
            }
            return ascii;
        } catch (IllegalArgumentException notIdn) {
            throw invalid("has an invalid domain");
        }
    }

    private static ValidationFailed invalid(String why) {
        return ValidationFailed.of("", "invalid-email", "email " + why);
    }
}
