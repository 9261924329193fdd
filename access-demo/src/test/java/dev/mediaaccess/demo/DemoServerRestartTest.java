package dev.mediaaccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.demo.config.DemoConfig;
import dev.mediaaccess.demo.seed.SampleMedia;
import dev.mediaaccess.demo.signin.DemoUser;
import dev.mediaaccess.persistence.jdbi.JdbiStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person relies on when they stop the demo and start it again on the same data folder. */
class DemoServerRestartTest {
    @TempDir
    Path dataDir;

    @Test
    void a_restart_reuses_the_secret_file_and_keeps_the_sample_media_without_adding_more() throws Exception {
        DemoConfig config = DemoConfig.defaultsUnder(dataDir.resolve("data"), 0);
        try (DemoServer first = DemoServer.start(config)) {
            assertThat(first.port()).isPositive();
        }
        String secret = Files.readString(config.secretFile());

        try (DemoServer second = DemoServer.start(config)) {
            assertThat(second.baseUrl().toString()).isEqualTo("http://localhost:" + second.port());
        }

        assertThat(Files.readString(config.secretFile())).isEqualTo(secret);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.secretFile()))).isEqualTo("rw-------");
        Path database = dataDir.resolve("data/media-access.db");
        try (JdbiStorage storage = JdbiStorage.sqlite(database).open()) {
            for (MediaKind kind : MediaKind.values()) {
                assertThat(storage.transactions().read(() -> storage.media().find(DemoUser.TENANT, SampleMedia.idOf(kind))))
                        .hasValueSatisfying(media -> {
                            assertThat(media.kind()).isEqualTo(kind);
                            assertThat(media.owner()).isEqualTo(DemoUser.idFor(config.ownerEmail()));
                        });
            }
        }
    }
}
