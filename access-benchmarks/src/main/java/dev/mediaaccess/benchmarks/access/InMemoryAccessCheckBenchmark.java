package dev.mediaaccess.benchmarks.access;

import dev.mediaaccess.benchmarks.support.SharedMedia;
import dev.mediaaccess.benchmarks.support.StoredDigests;
import dev.mediaaccess.core.access.model.AccessDecision;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.testkit.memory.InMemoryStorage;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code AccessChecks.check(PassHolder, media, VIEW)} on the testkit's in-memory adapter. The baseline is the
 * adapter's own lookup of the same pass by a precomputed digest (no token digest, no policy, no transaction).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InMemoryAccessCheckBenchmark {
    private SharedMedia shared;
    private Principal.PassHolder holder;
    private MediaId media;
    private TokenDigest digest;
    private InMemoryStorage storage;

    @Setup
    public void setUp() {
        storage = InMemoryStorage.create();
        shared = SharedMedia.on(storage);
        holder = Principal.pass(shared.passToken);
        media = shared.media.id();
        digest = StoredDigests.of(shared.passToken);
        AccessDecision decision = check();
        if (!decision.allowed()) {
            throw new IllegalStateException("the benchmark pass must be granted VIEW: " + decision);
        }
    }

    @Benchmark
    public AccessDecision check() {
        return shared.core.accessChecks().check(holder, media, Capability.VIEW);
    }

    /** Baseline: the pass lookup alone. */
    @Benchmark
    public Optional<Pass> rawLookup() {
        return storage.passes().findByTokenDigest(digest);
    }
}
