package dev.mediaaccess.benchmarks.join;

import dev.mediaaccess.benchmarks.support.BenchDatabase;
import dev.mediaaccess.benchmarks.support.SharedMedia;
import dev.mediaaccess.benchmarks.support.UniqueEmails;
import dev.mediaaccess.core.guestlink.application.GuestJoin;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The full guest join use case ({@code GuestAccess.join}: token digest and lookup, join count, guest, pass, audit)
 * through the JDBI adapter, every call a first join with a new email. Run at -t 1, 2, 8 and 64: zero errors at every
 * level (the {@code failed} counter), and the rate at 64 threads at least 80% of the best level.
 * {@code poolSize} 0 means the adapter's shipped default; the pool-size suite sets 1, 2, 4 and 8.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GuestJoinBenchmark {

    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"SQLITE", "POSTGRESQL"})
        public BenchDatabase.Kind db;

        @Param("0")
        public int poolSize;

        BenchDatabase database;
        SharedMedia shared;

        @Setup(Level.Trial)
        public void open() {
            database = BenchDatabase.open(db, poolSize == 0 ? OptionalInt.empty() : OptionalInt.of(poolSize));
            shared = SharedMedia.on(database.storage());
        }

        @TearDown(Level.Trial)
        public void close() {
            database.close();
        }
    }


    @Benchmark
    public GuestJoin join(Shared s, JoinOutcomes outcomes) {
        try {
            GuestJoin joined = s.shared.core.guestJoining().join(s.shared.guestLinkToken, "Bench Guest", UniqueEmails.next());
            outcomes.joined++;
            return joined;
        } catch (RuntimeException failure) {
            outcomes.failed++;
            JoinOutcomes.reportFirst(failure);
            return null;
        }
    }
}
