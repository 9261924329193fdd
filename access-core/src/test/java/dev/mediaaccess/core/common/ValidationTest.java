package dev.mediaaccess.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTest {
    @Test
    @org.junit.jupiter.api.DisplayName("every problem is reported under its field, not just the first")
    void collectsAll() {
        Validation v = new Validation();
        assertThat(v.field("name", () -> DisplayName.parse(" "))).isNull();
        assertThat(v.field("invitees[1].email", () -> EmailAddress.parse("nope"))).isNull();
        v.reject("role", "required", "choose a role");
        assertThat(v.isValid()).isFalse();
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationFailed.class, failed -> {
            assertThat(failed.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(failed.errors()).extracting(FieldError::field).containsExactly("name", "invitees[1].email", "role");
            assertThat(failed.errors()).extracting(FieldError::code).containsExactly("required", "invalid-email", "required");
        });
    }

    @Test
    @org.junit.jupiter.api.DisplayName("valid input passes through and nothing is thrown")
    void passes() {
        Validation v = new Validation();
        assertThat(v.field("email", () -> EmailAddress.parse("a@example.com"))).isEqualTo(EmailAddress.parse("a@example.com"));
        v.throwIfInvalid();
        assertThat(v.isValid()).isTrue();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("every error code is unique and kebab-case")
    void codesAreStable() {
        assertThat(ErrorCode.values()).extracting(ErrorCode::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"));
    }
}
