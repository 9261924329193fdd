package dev.mediaaccess.benchmarks.scale;

import dev.mediaaccess.benchmarks.support.BenchDatabase;
import dev.mediaaccess.benchmarks.support.SharedMedia;
import dev.mediaaccess.benchmarks.support.UniqueEmails;
import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.access.model.AccessDecision;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.guestlink.application.GuestJoin;
import dev.mediaaccess.core.media.model.MediaId;
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
 * The access check and the guest join on SQLite databases already holding {@code size} guests and passes (built and
 * cached by {@code bench/scale-db.sh}). Target: the larger size within 2x the smaller (rate at 10M at least half the
 * rate at 10k). Joins add their rows to the cached database (a few thousand per run, nothing next to its size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScaleBenchmark {
    @Param({"10000", "10000000"})
    public long size;

    private BenchDatabase database;
    private AccessCore core;
    private Principal.PassHolder holder;
    private MediaId media;
    private String guestLinkToken;

    @Setup(Level.Trial)
    public void open() {
        ScaleDatabase cached = ScaleDatabase.cached(size);
        database = BenchDatabase.existingSqlite(cached.file());
        core = SharedMedia.wire(database.storage());
        holder = Principal.pass(cached.passToken());
        media = MediaId.of(cached.mediaId());
        guestLinkToken = cached.guestLinkToken();
        AccessDecision decision = check();
        if (!decision.allowed()) {
            throw new IllegalStateException("the scale database's pass must be granted VIEW: " + decision);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    @Benchmark
    public AccessDecision check() {
        return core.accessChecks().check(holder, media, Capability.VIEW);
    }

    @Benchmark
    public GuestJoin join() {
        return core.guestJoining().join(guestLinkToken, "Scale Guest", UniqueEmails.next());
    }
}
