package dev.mediaaccess.benchmarks.paired;

/** One measured operation on one worker thread. {@link #prepare} runs before each call, outside the timing. */
@FunctionalInterface
public interface Op {
    Object run() throws Exception;

    default void prepare() {}
}
