package dev.mediaaccess.core.common;

import static java.util.Objects.requireNonNull;

/**
 * One problem with one input field. {@code field} is a path such as {@code email} or {@code invitees[2].role};
 * {@code code} is stable, for example {@code invalid-email} or {@code role-not-allowed-for-kind}.
 */
public record FieldError(String field, String code, String message) {
    public FieldError {
        requireNonNull(field, "field");
        requireNonNull(code, "code");
        requireNonNull(message, "message");
    }

    FieldError under(String prefix) {
        return new FieldError(field.isEmpty() ? prefix : prefix + "." + field, code, message);
    }
}
