package dev.mediaaccess.benchmarks.support;

import java.util.concurrent.atomic.AtomicLong;

/** Email addresses never used before in this JVM, so every guest join is a first join. */
public final class UniqueEmails {
    private static final AtomicLong NEXT = new AtomicLong();
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private UniqueEmails() {}

    public static String next() {
        return "guest-" + RUN + "-" + NEXT.incrementAndGet() + "@bench.example";
    }
}
