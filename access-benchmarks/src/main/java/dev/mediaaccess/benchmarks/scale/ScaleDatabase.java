package dev.mediaaccess.benchmarks.scale;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A cached SQLite database holding {@code size} stored guests and passes besides one benchmark media item, and the
 * tokens to reach that item: {@code access-benchmarks/target/scale-db/scale-{size}.db} and its {@code .properties}.
 * Built once by {@link ScaleDatabaseGenerator}; the scale benchmark only opens it.
 */
public record ScaleDatabase(Path file, String mediaId, String guestLinkToken, String passToken) {
    public static final Path DIRECTORY = Path.of(System.getProperty("bench.scale.dir", "access-benchmarks/target/scale-db"));

    public static Path fileFor(long size) {
        return DIRECTORY.resolve("scale-" + size + ".db");
    }

    static Path propertiesFor(long size) {
        return DIRECTORY.resolve("scale-" + size + ".properties");
    }

    /** The cached database of this size; fails if {@link ScaleDatabaseGenerator} has not built it. */
    public static ScaleDatabase cached(long size) {
        Path properties = propertiesFor(size);
        if (!Files.exists(properties)) {
            throw new IllegalStateException("no scale database of " + size + " rows: run bench/scale-db.sh " + size + " first");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScaleDatabase(fileFor(size), p.getProperty("media"), p.getProperty("guestLinkToken"), p.getProperty("passToken"));
    }

    /** Written last by the generator: its presence marks a complete database. */
    void save(long size) {
        Properties p = new Properties();
        p.setProperty("media", mediaId);
        p.setProperty("guestLinkToken", guestLinkToken);
        p.setProperty("passToken", passToken);
        try (OutputStream out = Files.newOutputStream(propertiesFor(size))) {
            p.store(out, "Tokens of the benchmark media item in " + file.getFileName() + " (benchmark data only)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
