package dev.mediaaccess.benchmarks.join;

import java.util.concurrent.atomic.AtomicBoolean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Per-thread counts of joins that succeeded and failed, reported by JMH beside the rate as totals per iteration. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class JoinOutcomes {
    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    public long joined;
    public long failed;

    @Setup(Level.Iteration)
    public void reset() {
        joined = 0;
        failed = 0;
    }

    /** Prints the first failure of the JVM, so that a non-zero {@code failed} comes with its cause. */
    static void reportFirst(RuntimeException failure) {
        if (REPORTED.compareAndSet(false, true)) {
            failure.printStackTrace();
        }
    }
}
