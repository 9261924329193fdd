package dev.mediaaccess.demo.config;

import static java.nio.charset.StandardCharsets.US_ASCII;

import com.google.common.io.BaseEncoding;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host secret kept in a file beside the database, never in it: one line of URL-safe base64, 32 random bytes or
 * more. Made on first start, readable by its owner only (0600), and reused on every start after, so guest links keep
 * their URLs across restarts.
 */
public final class HostSecretFile {
    private static final Logger LOG = LoggerFactory.getLogger(HostSecretFile.class);
    private static final BaseEncoding BASE64_URL = BaseEncoding.base64Url().omitPadding();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private HostSecretFile() {}

    /** Reads the secret from {@code file}, or makes a new one there if the file does not exist. */
    public static HostSecret loadOrCreate(Path file, TokenSource randomness) {
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            return create(file, randomness);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the host secret file " + file, e);
        }
    }

    private static HostSecret load(Path file) throws IOException {
        warnIfOthersCanRead(file);
        String text = Files.readString(file, US_ASCII).strip();
        byte[] key;
        try {
            key = BASE64_URL.decode(text.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new BadConfig("the host secret file " + file + " must hold one line of base64");
        }
        if (key.length < HostSecret.MIN_BYTES) {
            throw new BadConfig("the host secret in " + file + " has " + key.length + " bytes; it needs at least "
                    + HostSecret.MIN_BYTES + " (delete the file to make a new one; guest links then get new URLs)");
        }
        return HostSecret.of(key);
    }

    private static HostSecret create(Path file, TokenSource randomness) throws IOException {
        HostSecret secret = HostSecret.generate(randomness);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Written to a private temporary file first, so the secret is never readable by others, nor half-written.
        Path temporary = posix()
                ? Files.createTempFile(folder, ".host-secret-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(folder, ".host-secret-", ".tmp");
        try {
            Files.writeString(temporary, BASE64_URL.encode(secret.bytes()) + "\n", US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        LOG.info("Created a new host secret in {}", file);
        return secret;
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        if (posix() && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
            LOG.warn("The host secret file {} can be read by others; run: chmod 600 {}", file, file);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
