package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.fixtures.TestSecrets;
import dev.mediaaccess.testkit.scenario.AccessScenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The product's flows end to end on SQLite; afterwards, the file and its WAL hold none of the secrets handed out. */
class SqliteAccessScenariosTest extends AccessScenarios {
    @TempDir
    static Path directory;

    private static final AtomicInteger FILES = new AtomicInteger();
    private JdbiStorage storage;
    private Path file;

    @Override
    protected AccessStorage createStorage(Clock clock) {
        file = directory.resolve("scenario-" + FILES.incrementAndGet() + ".db");
        storage = JdbiStorage.sqlite(file).open();
        return storage;
    }

    @AfterEach
    void noSecretAtRest() throws IOException {
        try {
            String atRest = bytesAsText(file) + bytesAsText(Path.of(file + "-wal"));
            StoredSecretsCheck.assertNoSecretIn(atRest, notifier().all(), storedLinkTokens(storage));
        } finally {
            storage.close();
        }
    }

    static List<String> storedLinkTokens(JdbiStorage storage) {
        return ((ThreadBoundTransactions) storage.transactions()).withHandle(handle -> handle
                .createQuery("SELECT token_seed FROM guest_link").mapTo(String.class).list())
                .stream().map(TestSecrets.tokens()::guestLinkToken).toList();
    }

    private static String bytesAsText(Path path) throws IOException {
        return Files.exists(path) ? new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1) : "";
    }
}
