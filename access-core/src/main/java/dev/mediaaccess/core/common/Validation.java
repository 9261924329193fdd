package dev.mediaaccess.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects field errors across many inputs so that a request is refused once, with every problem in it.
 * Typical use: {@code var v = new Validation(); var email = v.field("email", () -> EmailAddress.parse(raw)); v.throwIfInvalid();}
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    /** Runs a parser; a {@link ValidationFailed} from it is recorded under {@code field} and null is returned. */
    public <T> T field(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ValidationFailed failed) {
            failed.errors().forEach(error -> errors.add(error.under(field)));
            return null;
        }
    }

    public void reject(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
