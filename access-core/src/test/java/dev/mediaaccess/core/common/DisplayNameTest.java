package dev.mediaaccess.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {
    @Test
    @org.junit.jupiter.api.DisplayName("a name is trimmed")
    void trims() {
        assertThat(DisplayName.parse("  Ann Lee \t").value()).isEqualTo("Ann Lee");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("100 characters are allowed, counted in code points")
    void maxLength() {
        String hundredEmoji = "\uD83D\uDE00".repeat(100);
        assertThat(DisplayName.parse(hundredEmoji).value()).isEqualTo(hundredEmoji);
        assertThatThrownBy(() -> DisplayName.parse("x".repeat(101)))
                .isInstanceOfSatisfying(ValidationFailed.class, f -> assertThat(f.errors().get(0).code()).isEqualTo("too-long"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    @org.junit.jupiter.api.DisplayName("a blank name is refused as required")
    void blank(String raw) {
        assertThatThrownBy(() -> DisplayName.parse(raw))
                .isInstanceOfSatisfying(ValidationFailed.class, f -> assertThat(f.errors().get(0).code()).isEqualTo("required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann\u0000", "Ann\nLee", "Ann\u202ELee", "Ann\u2066Lee", "Ann\u200FLee", "\u0007bell"})
    @org.junit.jupiter.api.DisplayName("control and text-direction characters are refused")
    void unsafe(String raw) {
        assertThatThrownBy(() -> DisplayName.parse(raw))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        f -> assertThat(f.errors().get(0).code()).isEqualTo("unsafe-characters"));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("HTML is kept as typed: escaping is the renderer's job")
    void htmlKept() {
        assertThat(DisplayName.parse("<b>Ann</b>").value()).isEqualTo("<b>Ann</b>");
    }
}
