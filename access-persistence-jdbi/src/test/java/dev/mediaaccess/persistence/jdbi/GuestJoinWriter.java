package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.secret.HostSecret;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process {@link CrashDurabilityTest} kills. It joins guests through the core on SQLite storage from a few threads
 * and prints {@code JOINED <link> <email>} for each join only after the core returned, that is after the commit.
 * It stops by itself after {@link #MAX_JOINS} joins if nobody kills it.
 */
public final class GuestJoinWriter {
    static final TenantId TENANT = TenantId.of("crash-tenant");
    static final HostSecret SECRET = HostSecret.of("crash-test-host-secret-32-bytes!".getBytes(StandardCharsets.US_ASCII));
    private static final int THREADS = 4;
    private static final int MAX_JOINS = 200_000;

    private GuestJoinWriter() {}

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        JdbiStorage storage = JdbiStorage.sqlite(Path.of(args[0])).open();
        AccessCore core = AccessCore.builder()
                .storage(storage)
                .secret(SECRET)
                .publicBaseUrl("https://media.example.com")
                .notifier(notification -> { })
                .build();
        Principal.User owner = Principal.user(TENANT, UserId.of("owner"), DisplayName.parse("Owner"), Optional.empty());
        Media media = core.mediaRegistry().register(owner, "Crash test", MediaKind.VIDEO);
        List<String> tokens = new ArrayList<>();
        core.guestLinkManagement().setGuestAccess(owner, media.id(), true);
        tokens.add(token(core.guestLinkManagement().links(owner, media.id()).get(0).url().getPath()));
        tokens.add(token(core.guestLinkManagement().createLink(owner, media.id(), GuestLinkSettings.open()).url().getPath()));
        out.println("READY " + media.id());
        out.flush();

        AtomicInteger next = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread writer = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < MAX_JOINS; n = next.getAndIncrement()) {
                    String email = "guest-" + n + "@example.com";
                    var joined = core.guestJoining().join(tokens.get(n % tokens.size()), "Guest " + n, email);
                    synchronized (out) {
                        out.println("JOINED " + joined.guest().link().orElseThrow() + " " + email);
                        out.flush();
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
        storage.close();
    }

    private static String token(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
