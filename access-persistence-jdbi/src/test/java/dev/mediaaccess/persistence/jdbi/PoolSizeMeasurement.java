package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures SQLite storage under guest-join-like load at pool sizes 1, 2, 4 and 8: {@value #CLIENTS} client threads, each doing one guest join (a write transaction through the core) for
 * every four access checks by pass (reads), for a few seconds per setting. Not a test; run by hand:
 * <pre>
 * ./mvnw -q -B -pl access-persistence-jdbi -am test-compile
 * java -cp "access-persistence-jdbi/target/test-classes:access-persistence-jdbi/target/classes:$(cat cp.txt)" \
 *     dev.mediaaccess.persistence.jdbi.PoolSizeMeasurement [seconds-per-setting]
 * </pre>
 * (see docs/persistence.md for how to get {@code cp.txt}).
 */
public final class PoolSizeMeasurement {
    private static final int CLIENTS = 16;
    private static final TenantId TENANT = TenantId.of("measure");

    private PoolSizeMeasurement() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.printf("%-5s %10s %10s %12s %12s%n", "pool", "joins/s", "checks/s", "join p99 ms", "check p99 ms");
        for (int poolSize : new int[] {1, 2, 4, 8}) {
            measure(poolSize, seconds);
        }
    }

    private static void measure(int poolSize, int seconds) throws Exception {
        Path directory = Files.createTempDirectory("pool-measure");
        try (JdbiStorage storage = JdbiStorage.sqlite(directory.resolve("m.db")).poolSize(poolSize).open()) {
            AccessCore core = AccessCore.builder()
                    .storage(storage)
                    .secret(HostSecret.generate(TokenSource.secureRandom()))
                    .publicBaseUrl("https://media.example.com")
                    .notifier(notification -> { })
                    .build();
            Principal.User owner = Principal.user(TENANT, UserId.of("owner"), DisplayName.parse("Owner"), Optional.empty());
            Media media = core.mediaRegistry().register(owner, "Measured", MediaKind.VIDEO);
            core.guestLinkManagement().setGuestAccess(owner, media.id(), true);
            String path = core.guestLinkManagement().links(owner, media.id()).get(0).url().getPath();
            String linkToken = path.substring(path.lastIndexOf('/') + 1);
            List<String> passes = new ArrayList<>();
            AtomicInteger guests = new AtomicInteger();
            for (int i = 0; i < 200; i++) {
                int n = guests.incrementAndGet();
                passes.add(core.guestJoining().join(linkToken, "Guest " + n, "g" + n + "@example.com").pass().token());
            }

            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<long[]> joinTimes = new ArrayList<>();
            List<long[]> checkTimes = new ArrayList<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long[] joins = new long[1_000_000];
                long[] checks = new long[1_000_000];
                joinTimes.add(joins);
                checkTimes.add(checks);
                Thread client = new Thread(() -> {
                    int j = 0;
                    int k = 0;
                    for (long op = 0; System.nanoTime() < end; op++) {
                        long start = System.nanoTime();
                        if (op % 5 == 0) {
                            int n = guests.incrementAndGet();
                            core.guestJoining().join(linkToken, "Guest " + n, "g" + n + "@example.com");
                            joins[j++] = System.nanoTime() - start;
                        } else {
                            String pass = passes.get(ThreadLocalRandom.current().nextInt(passes.size()));
                            core.accessChecks().check(Principal.pass(pass), media.id(), Capability.VIEW);
                            checks[k++] = System.nanoTime() - start;
                        }
                    }
                    joins[joins.length - 1] = j;
                    checks[checks.length - 1] = k;
                });
                client.start();
                clients.add(client);
            }
            for (Thread client : clients) {
                client.join();
            }
            long[] joins = merged(joinTimes);
            long[] checks = merged(checkTimes);
            System.out.printf("%-5d %10.0f %10.0f %12.1f %12.1f%n", poolSize,
                    joins.length / (double) seconds, checks.length / (double) seconds, p99(joins), p99(checks));
        }
    }

    private static long[] merged(List<long[]> perClient) {
        return perClient.stream()
                .flatMapToLong(times -> Arrays.stream(times, 0, (int) times[times.length - 1]))
                .sorted()
                .toArray();
    }

    private static double p99(long[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) (sorted.length * 0.99)] / 1e6;
    }
}
