package dev.mediaaccess.benchmarks.paired;

import java.util.function.IntFunction;

/**
 * Something measured in a paired run: a name, a thread count, and how to make each worker's own {@link Op} (each
 * worker may hold its own connection). Ops are made once and reused across every slice.
 */
public record Contender(String name, int threads, IntFunction<Op> opForWorker) {
    public static Contender of(String name, int threads, IntFunction<Op> opForWorker) {
        return new Contender(name, threads, opForWorker);
    }

    /** The same op object shared by every worker (it must be thread-safe). */
    public static Contender shared(String name, int threads, Op op) {
        return new Contender(name, threads, worker -> op);
    }
}
