package dev.mediaaccess.benchmarks.access;

import dev.mediaaccess.benchmarks.support.BenchDatabase;
import dev.mediaaccess.benchmarks.support.RawPassSelect;
import dev.mediaaccess.benchmarks.support.SharedMedia;
import dev.mediaaccess.benchmarks.support.StoredDigests;
import dev.mediaaccess.core.access.model.AccessDecision;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
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
 * {@code AccessChecks.check(PassHolder, media, VIEW)} through the JDBI adapter, against a raw JDBC point select of
 * the same pass row on the same database ({@link #rawPointSelect}). Target: check at least 50% of the raw rate, at
 * -t 1 and -t 2. {@link #rawPreparingEachTime} shows how much of the gap is statement preparation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbiAccessCheckBenchmark {

    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"SQLITE", "POSTGRESQL"})
        public BenchDatabase.Kind db;

        BenchDatabase database;
        SharedMedia shared;
        Principal.PassHolder holder;
        String digest;

        @Setup(Level.Trial)
        public void open() {
            database = BenchDatabase.open(db);
            shared = SharedMedia.on(database.storage());
            holder = Principal.pass(shared.passToken);
            digest = StoredDigests.of(shared.passToken).value();
            AccessDecision decision = shared.core.accessChecks().check(holder, shared.media.id(), Capability.VIEW);
            if (!decision.allowed()) {
                throw new IllegalStateException("the benchmark pass must be granted VIEW: " + decision);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            database.close();
        }
    }

    /** Each thread's own raw connection, as each adapter call borrows its own pooled one. */
    @State(Scope.Thread)
    public static class Raw {
        RawPassSelect select;

        @Setup(Level.Trial)
        public void open(Shared shared) {
            select = new RawPassSelect(shared.database.rawConnection());
        }

        @TearDown(Level.Trial)
        public void close() {
            select.close();
        }
    }

    @Benchmark
    public AccessDecision check(Shared s) {
        return s.shared.core.accessChecks().check(s.holder, s.shared.media.id(), Capability.VIEW);
    }

    @Benchmark
    public long rawPointSelect(Shared s, Raw raw) {
        return raw.select.select(s.digest);
    }

    @Benchmark
    public long rawPreparingEachTime(Shared s, Raw raw) {
        return raw.select.selectPreparingEachTime(s.digest);
    }
}
