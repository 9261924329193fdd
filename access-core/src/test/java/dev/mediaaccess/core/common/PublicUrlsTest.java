package dev.mediaaccess.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PublicUrlsTest {
    @Test
    @DisplayName("links are built under the configured base, with or without a trailing slash or a path")
    void buildsUnderBase() {
        assertThat(PublicUrls.of("https://media.example.com").guestLink("abc").toString()).isEqualTo("https://media.example.com/g/abc");
        assertThat(PublicUrls.of("https://example.com/share/").invitation("xyz").toString()).isEqualTo("https://example.com/share/i/xyz");
        assertThat(PublicUrls.of("https://example.com/share").invitation("xyz").toString()).isEqualTo("https://example.com/share/i/xyz");
    }

    @Test
    @DisplayName("a relative or non-http base is refused")
    void refusesBadBase() {
        assertThatThrownBy(() -> PublicUrls.of("/relative")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicUrls.of("ftp://example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicUrls.of("https://example.com/?q=1")).isInstanceOf(IllegalArgumentException.class);
    }
}
