package dev.mediaaccess.benchmarks.scale;

import dev.mediaaccess.benchmarks.support.SharedMedia;
import dev.mediaaccess.persistence.jdbi.JdbiStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the scale database: the schema by the adapter's own migrations, a benchmark media item shared through the
 * core (open guest link, one guest with a pass), and {@code size} more guests, each with an ACTIVE pass, on a second
 * media item's link. The bulk rows go in with plain SQL in one transaction, with the secondary indexes of those two
 * tables dropped first and built again after (the same DDL, read back from {@code sqlite_master}).
 *
 * <pre>java -cp ... dev.mediaaccess.benchmarks.scale.ScaleDatabaseGenerator 10000000</pre>
 */
public final class ScaleDatabaseGenerator {
    private static final String PARTICIPANT = """
            INSERT INTO participant (tenant, id, media, kind, name, email, role, status, link, invitation, user_id, joined_at)
            VALUES (?, ?, ?, 'GUEST', ?, ?, 'GUEST', 'ADMITTED', ?, NULL, NULL, ?)""";
    private static final String PASS = """
            INSERT INTO pass (tenant, id, media, kind, participant, role, token_digest, state, link, issued_at, expires_at)
            VALUES (?, ?, ?, 'VIDEO', ?, 'GUEST', ?, 'ACTIVE', ?, ?, ?)""";

    private ScaleDatabaseGenerator() {}

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        Files.createDirectories(ScaleDatabase.DIRECTORY);
        Path file = ScaleDatabase.fileFor(size);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        long started = System.nanoTime();
        SharedMedia bench;
        SharedMedia bulk;
        try (JdbiStorage storage = JdbiStorage.sqlite(file).open()) {
            bench = SharedMedia.on(storage, "scale-owner");
            bulk = SharedMedia.on(storage, "bulk-owner");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            fill(connection, size, bulk);
        }
        new ScaleDatabase(file, bench.media.id().value(), bench.guestLinkToken, bench.passToken).save(size);
        System.out.printf("scale database of %,d guests and passes: %s, %,d MB, built in %.1f s%n", size, file,
                Files.size(file) / (1024 * 1024), (System.nanoTime() - started) / 1e9);
    }

    private static void fill(Connection connection, long size, SharedMedia bulk) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA synchronous = OFF");
            s.execute("PRAGMA cache_size = -2000000");
            s.execute("PRAGMA temp_store = MEMORY");
            List<String> indexes = secondaryIndexes(s);
            for (String name : indexNames(s)) {
                s.execute("DROP INDEX " + name);
            }
            connection.setAutoCommit(false);
            insertRows(connection, size, bulk);
            connection.commit();
            connection.setAutoCommit(true);
            long indexing = System.nanoTime();
            for (String ddl : indexes) {
                s.execute(ddl);
            }
            System.out.printf("indexes rebuilt in %.1f s%n", (System.nanoTime() - indexing) / 1e9);
            s.execute("PRAGMA journal_mode = WAL");
        }
    }

    private static void insertRows(Connection connection, long size, SharedMedia bulk) throws SQLException {
        String tenant = SharedMedia.TENANT.value();
        String media = bulk.media.id().value();
        String link = bulk.guestLinkId.value();
        Instant now = Instant.now();
        long joined = nanos(now);
        long expires = nanos(now.plus(Duration.ofDays(365)));
        SplittableRandom random = new SplittableRandom(20_300_115L);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        byte[] digest = new byte[32];
        long started = System.nanoTime();
        try (PreparedStatement participants = connection.prepareStatement(PARTICIPANT);
             PreparedStatement passes = connection.prepareStatement(PASS)) {
            for (long i = 0; i < size; i++) {
                String participant = String.format("bulk-guest-%010d", i);
                participants.setString(1, tenant);
                participants.setString(2, participant);
                participants.setString(3, media);
                participants.setString(4, "Bulk Guest " + i);
                participants.setString(5, "bulk-guest-" + i + "@bulk.example");
                participants.setString(6, link);
                participants.setLong(7, joined);
                participants.executeUpdate();
                random.nextBytes(digest);
                passes.setString(1, tenant);
                passes.setString(2, String.format("bulk-pass-%010d", i));
                passes.setString(3, media);
                passes.setString(4, participant);
                passes.setString(5, base64.encodeToString(digest));
                passes.setString(6, link);
                passes.setLong(7, joined);
                passes.setLong(8, expires);
                passes.executeUpdate();
                if ((i + 1) % 1_000_000 == 0) {
                    System.out.printf("%,d rows of each in %.1f s%n", i + 1, (System.nanoTime() - started) / 1e9);
                }
            }
        }
    }

    private static List<String> secondaryIndexes(Statement s) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('participant', 'pass') AND sql IS NOT NULL")) {
            while (rs.next()) {
                ddl.add(rs.getString(1));
            }
        }
        return ddl;
    }

    private static List<String> indexNames(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('participant', 'pass') AND sql IS NOT NULL")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }
}
