package dev.mediaaccess.core.common;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Input was rejected; every problem found is listed, not just the first. Nothing was changed. */
public final class ValidationFailed extends AccessRefused {
    private static final long serialVersionUID = 1L;

    private final transient ImmutableList<FieldError> errors;

    public ValidationFailed(List<FieldError> errors) {
        super(ErrorCode.VALIDATION_FAILED, describe(errors));
        this.errors = ImmutableList.copyOf(errors);
    }

    public static ValidationFailed of(String field, String code, String message) {
        return new ValidationFailed(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        return errors.size() == 1
                ? "The request has an invalid field: " + errors.get(0).field() + " (" + errors.get(0).message() + ")."
                : "The request has " + errors.size() + " invalid fields.";
    }
}
