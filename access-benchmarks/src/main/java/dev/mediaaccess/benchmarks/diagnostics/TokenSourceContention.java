package dev.mediaaccess.benchmarks.diagnostics;

import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenSource;
import dev.mediaaccess.core.secret.Tokens;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Does minting tokens on several threads queue on a lock? Mints on two threads for a few seconds with the production
 * source ({@link TokenSource#secureRandom()}, one shared {@code SecureRandom}) and with one DRBG per thread, and
 * prints how often the threads were blocked on a monitor (JMX thread contention counts) beside the mint rate.
 *
 * <pre>java -cp ... dev.mediaaccess.benchmarks.diagnostics.TokenSourceContention</pre>
 */
public final class TokenSourceContention {
    private TokenSourceContention() {}

    public static void main(String[] args) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        mx.setThreadContentionMonitoringEnabled(true);
        System.out.println("default SecureRandom algorithm: " + new SecureRandom().getAlgorithm());
        for (int round = 0; round < 3; round++) {
            report(mx, "shared TokenSource.secureRandom()", TokenSource.secureRandom());
            report(mx, "one DRBG per thread", perThreadDrbg());
        }
    }

    private static TokenSource perThreadDrbg() {
        ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(() -> {
            try {
                return SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
        return bytes -> random.get().nextBytes(bytes);
    }

    private static void report(ThreadMXBean mx, String name, TokenSource source) throws InterruptedException {
        Tokens tokens = new Tokens(source, HostSecret.generate(TokenSource.secureRandom()));
        AtomicBoolean stop = new AtomicBoolean();
        long[] minted = new long[2];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < threads.length; i++) {
            int worker = i;
            threads[i] = new Thread(() -> {
                while (!stop.get()) {
                    tokens.mint();
                    minted[worker]++;
                }
            });
            threads[i].start();
        }
        Thread.sleep(3000);
        long blocked = 0;
        long blockedMillis = 0;
        for (Thread t : threads) {
            var info = mx.getThreadInfo(t.getId());
            blocked += info.getBlockedCount();
            blockedMillis += info.getBlockedTime();
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("%-36s 2 threads, 3 s: %,d tokens, blocked on a monitor %,d times (%,d ms)%n",
                name, minted[0] + minted[1], blocked, blockedMillis);
    }
}
