package dev.mediaaccess.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Real threads released together by a barrier, all making the same call. Reused for many rounds; close it after.
 * Public so that adapters' own tests can race their storage the way the kit does.
 */
public final class Race implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;

    private final int threads;
    private final ExecutorService pool;

    public Race(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** Releases every thread at once into {@code call}; returns how many calls answered true. */
    public int countTrue(BooleanSupplier call) {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            answers.add(pool.submit(() -> {
                start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return call.getAsBoolean();
            }));
        }
        int trues = 0;
        for (Future<Boolean> answer : answers) {
            if (await(answer)) {
                trues++;
            }
        }
        return trues;
    }

    private static boolean await(Future<Boolean> answer) {
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while racing", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            throw new AssertionError(cause instanceof BrokenBarrierException ? "the racers never met" : "a racing call failed", cause);
        } catch (TimeoutException slow) {
            throw new AssertionError("a racing call took more than " + TIMEOUT_SECONDS + " s (a deadlock?)", slow);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
