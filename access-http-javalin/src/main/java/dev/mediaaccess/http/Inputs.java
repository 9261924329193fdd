package dev.mediaaccess.http;

import dev.mediaaccess.core.common.Validation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns the text fields the domain takes typed (enum names, timestamps) into values, collecting every field that does
 * not parse; {@link #done()} refuses with all of them at once (400 {@code validation-failed}) before the domain runs.
 */
final class Inputs {
    private final Validation validation = new Validation();

    /** An ISO-8601 timestamp with an offset, e.g. {@code 2030-01-31T17:00:00Z}; null stays null. */
    Instant instant(String field, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException unparsable) {
            validation.reject(field, "invalid-timestamp", "must be an ISO-8601 timestamp with an offset, e.g. 2030-01-31T17:00:00Z");
            return null;
        }
    }

    /** One of the enum's names, in any case; null stays null. */
    <E extends Enum<E>> E choice(String field, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        validation.reject(field, "invalid-value", "must be one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    void reject(String field, String code, String message) {
        validation.reject(field, code, message);
    }

    void done() {
        validation.throwIfInvalid();
    }
}
