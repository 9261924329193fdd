package dev.mediaaccess.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
    @Test
    @DisplayName("the domain is lower-cased and the local part case-folded")
    void normalisesCase() {
        assertThat(EmailAddress.parse("  Ann.Lee@Example.COM ").value()).isEqualTo("ann.lee@example.com");
    }

    @Test
    @DisplayName("dots and +tags in the local part are kept")
    void keepsDotsAndTags() {
        assertThat(EmailAddress.parse("a.b+course-7@example.com").value()).isEqualTo("a.b+course-7@example.com");
        assertThat(EmailAddress.parse("a.b+course-7@example.com")).isNotEqualTo(EmailAddress.parse("ab@example.com"));
    }

    @Test
    @DisplayName("an internationalised domain is converted to its ASCII form")
    void idnDomain() {
        EmailAddress email = EmailAddress.parse("jörg@Bücher.example");
        assertThat(email.domain()).isEqualTo("xn--bcher-kva.example");
        assertThat(email.value()).isEqualTo("jörg@xn--bcher-kva.example");
    }

    @Test
    @DisplayName("the same address typed differently is the same person")
    void equalAfterNormalising() {
        assertThat(EmailAddress.parse("BOB@EXAMPLE.org")).isEqualTo(EmailAddress.parse("bob@example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "plain", "@example.com", "ann@", "ann@localhost", "ann@exa mple.com", "a..b@example.com",
            ".a@example.com", "a.@example.com", "ann@-bad-.com", "a b@example.com", "ann@example..com", "ann\u202E@example.com"})
    @DisplayName("malformed addresses are refused with invalid-email")
    void refusesMalformed(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failed -> assertThat(failed.errors()).singleElement().extracting(FieldError::code).isEqualTo("invalid-email"));
    }

    @Test
    @DisplayName("null is refused as invalid, not with a NullPointerException")
    void refusesNull() {
        assertThatThrownBy(() -> EmailAddress.parse(null)).isInstanceOf(ValidationFailed.class);
    }

    @Test
    @DisplayName("a local part over 64 characters or an address over 254 is refused")
    void refusesTooLong() {
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(65) + "@example.com")).isInstanceOf(ValidationFailed.class);
        String validLongDomain = ("d".repeat(62) + ".").repeat(3) + "com";
        assertThat(EmailAddress.parse("ann@" + validLongDomain).domain()).isEqualTo(validLongDomain);
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(64) + "@" + validLongDomain))
                .isInstanceOfSatisfying(ValidationFailed.class, f -> assertThat(f.errors().get(0).message()).contains("254"));
    }

    @Test
    @DisplayName("the record refuses a value that is not normalised")
    void recordInvariant() {
        assertThatThrownBy(() -> new EmailAddress("Ann@example.com")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("masking shows the first character and the domain only")
    void masked() {
        assertThat(EmailAddress.parse("ann.lee@example.com").masked()).isEqualTo("a***@example.com");
    }
}
