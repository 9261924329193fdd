package dev.mediaaccess.demo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoConfigTest {
    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void defaults_run_on_localhost_7070_with_sqlite_under_data() {
        DemoConfig config = DemoConfig.parse(new String[0], NO_ENV);

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.publicBaseUrl()).isEqualTo(URI.create("http://localhost:7070"));
        assertThat(config.database()).isEqualTo(new DatabaseLocation.SqliteFile(Path.of("data/media-access.db")));
        assertThat(config.secretFile()).isEqualTo(Path.of("data/host-secret"));
        assertThat(config.ownerEmail().value()).isEqualTo("owner@example.com");
    }

    @Test
    void flags_take_both_spellings() {
        DemoConfig config = DemoConfig.parse(new String[] {
                "--port", "8081", "--base-url=https://media.example.com/", "--database", "/tmp/x.db",
                "--secret-file=/tmp/s", "--owner-email", "Boss@Example.COM", "--host", "0.0.0.0"}, NO_ENV);

        assertThat(config.port()).isEqualTo(8081);
        assertThat(config.publicBaseUrl()).isEqualTo(URI.create("https://media.example.com"));
        assertThat(config.database()).isEqualTo(new DatabaseLocation.SqliteFile(Path.of("/tmp/x.db")));
        assertThat(config.secretFile()).isEqualTo(Path.of("/tmp/s"));
        assertThat(config.ownerEmail().value()).isEqualTo("boss@example.com");
        assertThat(config.host()).isEqualTo("0.0.0.0");
    }

    @Test
    void environment_variables_apply_when_no_flag_overrides_them() {
        Map<String, String> env = Map.of(
                "MEDIA_ACCESS_PORT", "9000",
                "MEDIA_ACCESS_DATABASE", "jdbc:sqlite:/var/lib/demo.db",
                "MEDIA_ACCESS_SECRET_FILE", "/run/secret");

        DemoConfig config = DemoConfig.parse(new String[] {"--port", "9001"}, env);

        assertThat(config.port()).isEqualTo(9001);
        assertThat(config.publicBaseUrl()).isEqualTo(URI.create("http://localhost:9001"));
        assertThat(config.database()).isEqualTo(new DatabaseLocation.SqliteFile(Path.of("/var/lib/demo.db")));
        assertThat(config.secretFile()).isEqualTo(Path.of("/run/secret"));
    }

    @Test
    void a_postgres_url_takes_user_and_password_from_flags_or_from_the_url() {
        DemoConfig fromFlags = DemoConfig.parse(new String[] {"--database", "jdbc:postgresql://db:5432/media",
                "--database-user", "media"}, Map.of("MEDIA_ACCESS_DATABASE_PASSWORD", "s3cret"));
        DemoConfig fromUrl = DemoConfig.parse(new String[] {
                "--database", "jdbc:postgresql://db/media?user=app&password=p%26w"}, NO_ENV);

        assertThat(fromFlags.database()).isEqualTo(new DatabaseLocation.Postgres("jdbc:postgresql://db:5432/media", "media", "s3cret"));
        assertThat(fromUrl.database()).isEqualTo(new DatabaseLocation.Postgres(
                "jdbc:postgresql://db/media?user=app&password=p%26w", "app", "p&w"));
        assertThat(fromUrl.database().toString()).doesNotContain("p%26w").contains("jdbc:postgresql://db/media");
    }

    @Test
    void withPort_moves_default_links_along_but_keeps_a_chosen_base_url() {
        DemoConfig local = DemoConfig.parse(new String[] {"--port", "0"}, NO_ENV).withPort(4321);
        DemoConfig chosen = DemoConfig.parse(new String[] {"--port", "0", "--base-url", "https://m.example.com"}, NO_ENV).withPort(4321);

        assertThat(local.publicBaseUrl()).isEqualTo(URI.create("http://localhost:4321"));
        assertThat(chosen.publicBaseUrl()).isEqualTo(URI.create("https://m.example.com"));
    }

    @Test
    void refuses_what_it_cannot_use_with_a_message_naming_the_option() {
        assertThatThrownBy(() -> DemoConfig.parse(new String[] {"--port", "http"}, NO_ENV))
                .isInstanceOf(BadConfig.class).hasMessageContaining("--port");
        assertThatThrownBy(() -> DemoConfig.parse(new String[] {"--port", "70000"}, NO_ENV))
                .isInstanceOf(BadConfig.class).hasMessageContaining("--port");
        assertThatThrownBy(() -> DemoConfig.parse(new String[] {"--base-url", "ftp://x.example.com"}, NO_ENV))
                .isInstanceOf(BadConfig.class).hasMessageContaining("--base-url");
        assertThatThrownBy(() -> DemoConfig.parse(new String[] {"--base-url", "https://x.example.com/?a=b"}, NO_ENV))
                .isInstanceOf(BadConfig.class).hasMessageContaining("--base-url");
        assertThatThrownBy(() -> DemoConfig.parse(new String[] {"--database", "jdbc:mysql://db/x"}, NO_ENV))
                .isInstanceOf(BadConfig.class).hasMessageContaining("--database");
        assertThatThrownBy(() -> DemoConfig.parse(new String[] {"--database", "jdbc:sqlite::memory:"}, NO_ENV))
                .isInstanceOf(BadConfig.class).hasMessageContaining("--database");
        assertThatThrownBy(() -> DemoConfig.parse(new String[] {"--owner-email", "nobody"}, NO_ENV))
                .isInstanceOf(BadConfig.class).hasMessageContaining("--owner-email");
        assertThatThrownBy(() -> DemoConfig.parse(new String[] {"--colour", "blue"}, NO_ENV))
                .isInstanceOf(BadConfig.class).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> DemoConfig.parse(new String[] {"--port"}, NO_ENV))
                .isInstanceOf(BadConfig.class).hasMessageContaining("--port needs a value");
    }

    @Test
    void help_is_recognised_anywhere_on_the_command_line() {
        assertThat(DemoConfig.wantsHelp(new String[] {"--port", "1", "--help"})).isTrue();
        assertThat(DemoConfig.wantsHelp(new String[] {"--port", "1"})).isFalse();
        assertThat(DemoConfig.USAGE).contains("--port", "--base-url", "--database", "--secret-file", "MEDIA_ACCESS_PORT");
    }
}
