package dev.mediaaccess.demo.config;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.io.BaseEncoding;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostSecretFileTest {
    @TempDir
    Path dir;

    @Test
    void first_start_creates_an_owner_only_file_with_32_random_bytes_in_a_new_folder() throws Exception {
        Path file = dir.resolve("nested/data/host-secret");

        HostSecret secret = HostSecretFile.loadOrCreate(file, TokenSource.secureRandom());

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        byte[] stored = BaseEncoding.base64Url().omitPadding().decode(Files.readString(file, US_ASCII).strip());
        assertThat(stored).hasSizeGreaterThanOrEqualTo(32).isEqualTo(secret.bytes());
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void later_starts_reuse_the_same_secret() {
        Path file = dir.resolve("host-secret");
        HostSecret first = HostSecretFile.loadOrCreate(file, TokenSource.secureRandom());

        HostSecret second = HostSecretFile.loadOrCreate(file, TokenSource.secureRandom());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void two_new_files_hold_different_secrets() {
        HostSecret a = HostSecretFile.loadOrCreate(dir.resolve("a"), TokenSource.secureRandom());
        HostSecret b = HostSecretFile.loadOrCreate(dir.resolve("b"), TokenSource.secureRandom());

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void reads_a_secret_written_in_standard_base64_with_padding() throws Exception {
        byte[] key = new byte[40];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7 - 100);
        }
        Path file = dir.resolve("host-secret");
        Files.writeString(file, BaseEncoding.base64().encode(key) + "\n", US_ASCII);

        assertThat(HostSecretFile.loadOrCreate(file, TokenSource.secureRandom()).bytes()).isEqualTo(key);
    }

    @Test
    void refuses_a_secret_that_is_too_short_or_not_base64() throws Exception {
        Path shortFile = dir.resolve("short");
        Files.writeString(shortFile, BaseEncoding.base64Url().encode(new byte[16]), US_ASCII);
        Path garbage = dir.resolve("garbage");
        Files.writeString(garbage, "this is not base64!", US_ASCII);

        assertThatThrownBy(() -> HostSecretFile.loadOrCreate(shortFile, TokenSource.secureRandom()))
                .isInstanceOf(BadConfig.class).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> HostSecretFile.loadOrCreate(garbage, TokenSource.secureRandom()))
                .isInstanceOf(BadConfig.class).hasMessageContaining("base64");
    }
}
