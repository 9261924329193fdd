package dev.mediaaccess.demo.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponsesTest {
    @Test
    void after_sign_in_only_paths_on_this_server_are_followed() {
        assertThat(Responses.localPath("/i/abc?x=1")).isEqualTo("/i/abc?x=1");
        assertThat(Responses.localPath("/")).isEqualTo("/");
        assertThat(Responses.localPath(null)).isEqualTo("/");
        assertThat(Responses.localPath("")).isEqualTo("/");
        assertThat(Responses.localPath("https://evil.example.com/")).isEqualTo("/");
        assertThat(Responses.localPath("//evil.example.com/")).isEqualTo("/");
        assertThat(Responses.localPath("/\\evil.example.com/")).isEqualTo("/");
        assertThat(Responses.localPath("/ok\r\nSet-Cookie: x=1")).isEqualTo("/");
        assertThat(Responses.localPath("javascript:alert(1)")).isEqualTo("/");
    }
}
