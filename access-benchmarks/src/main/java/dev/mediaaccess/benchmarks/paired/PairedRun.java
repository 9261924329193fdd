package dev.mediaaccess.benchmarks.paired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures contenders in alternation: round after round, each contender runs for one short slice, in a fresh random
 * order every round. On a shared, noisy machine the load drifts over seconds; a contender and its baseline measured
 * within the same second see nearly the same load, so the ratio of each round's pair is far steadier than the ratio
 * of two long runs taken minutes apart. Reports each contender's median rate, and the median (with the quartiles)
 * of the per-round ratios to the baseline it names.
 */
public final class PairedRun {
    private static volatile Object sink;

    private final String suite;
    private final List<Contender> contenders;
    private final Duration warmup;
    private final Duration slice;
    private final int rounds;
    private final Map<String, List<SliceResult>> results = new LinkedHashMap<>();
    private final Map<String, Op[]> ops = new LinkedHashMap<>();

    public PairedRun(String suite, List<Contender> contenders, Duration warmup, Duration slice, int rounds) {
        this.suite = suite;
        this.contenders = List.copyOf(contenders);
        this.warmup = warmup;
        this.slice = slice;
        this.rounds = rounds;
    }

    public PairedRun run() {
        for (Contender c : contenders) {
            Op[] workers = new Op[c.threads()];
            for (int i = 0; i < workers.length; i++) {
                workers[i] = c.opForWorker().apply(i);
            }
            ops.put(c.name(), workers);
            results.put(c.name(), new ArrayList<>());
        }
        for (Contender c : contenders) {
            runSlice(c, warmup);
        }
        Random order = new Random(42);
        for (int round = 0; round < rounds; round++) {
            List<Contender> shuffled = new ArrayList<>(contenders);
            Collections.shuffle(shuffled, order);
            for (Contender c : shuffled) {
                results.get(c.name()).add(runSlice(c, slice));
            }
            System.err.printf("%s: round %d of %d%n", suite, round + 1, rounds);
        }
        return this;
    }

    private SliceResult runSlice(Contender c, Duration length) {
        Op[] workers = ops.get(c.name());
        long[] done = new long[workers.length];
        long[] failed = new long[workers.length];
        long[] busy = new long[workers.length];
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + length.toNanos() + 50_000_000L;
        for (int w = 0; w < workers.length; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                Op op = workers[worker];
                long end = deadline;
                do {
                    op.prepare();
                    long began = System.nanoTime();
                    try {
                        sink = op.run();
                        done[worker]++;
                    } catch (Exception | Error failure) {
                        failed[worker]++;
                        firstFailure.compareAndSet(null, failure);
                    }
                    busy[worker] += System.nanoTime() - began;
                } while (System.nanoTime() < end);
            }, "paired-" + c.name() + "-" + w);
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (firstFailure.get() != null) {
            System.err.println(c.name() + ": first failure of this slice:");
            firstFailure.get().printStackTrace();
        }
        long ops = 0;
        long failures = 0;
        double rate = 0;
        for (int w = 0; w < workers.length; w++) {
            ops += done[w];
            failures += failed[w];
            rate += busy[w] == 0 ? 0 : done[w] / (busy[w] / 1e9);
        }
        return new SliceResult(ops, failures, rate);
    }

    public double medianRate(String name) {
        return Stats.median(results.get(name).stream().mapToDouble(SliceResult::opsPerSecond).toArray());
    }

    public long failures(String name) {
        return results.get(name).stream().mapToLong(SliceResult::failures).sum();
    }

    public long operations(String name) {
        return results.get(name).stream().mapToLong(SliceResult::ops).sum();
    }

    /** Per-round ratios of {@code name}'s rate to {@code baseline}'s: median, first and third quartile. */
    public double[] ratio(String name, String baseline) {
        List<SliceResult> a = results.get(name);
        List<SliceResult> b = results.get(baseline);
        double[] ratios = new double[a.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = a.get(i).opsPerSecond() / b.get(i).opsPerSecond();
        }
        return new double[] {Stats.median(ratios), Stats.quantile(ratios, 0.25), Stats.quantile(ratios, 0.75)};
    }

    /** A Markdown table: each contender's median rate, failures, and its ratio to the baseline given for it. */
    public String table(Map<String, String> baselineOf) {
        StringBuilder md = new StringBuilder();
        md.append(String.format("Suite `%s`: %d rounds of %d ms slices per contender, in random order each round.%n%n",
                suite, rounds, slice.toMillis()));
        md.append("| contender | threads | median ops/s | ops | failures | baseline | ratio (median) | ratio IQR |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Contender c : contenders) {
            String base = baselineOf.get(c.name());
            String ratio = "";
            String iqr = "";
            if (base != null) {
                double[] r = ratio(c.name(), base);
                ratio = String.format("%.2f", r[0]);
                iqr = String.format("%.2f – %.2f", r[1], r[2]);
            }
            double rate = medianRate(c.name());
            md.append(String.format("| %s | %d | %s | %,d | %d | %s | %s | %s |%n", c.name(), c.threads(),
                    rate < 100 ? String.format("%.2f", rate) : String.format("%,.0f", rate), operations(c.name()), failures(c.name()), base == null ? "" : base, ratio, iqr));
        }
        return md.toString();
    }

    /** Writes the table and every slice's raw numbers under bench/results/. */
    public void save(Map<String, String> baselineOf) {
        String table = table(baselineOf);
        System.out.println(table);
        StringBuilder raw = new StringBuilder("contender,round,ops,failures,ops_per_second\n");
        results.forEach((name, slices) -> {
            for (int i = 0; i < slices.size(); i++) {
                SliceResult s = slices.get(i);
                raw.append(String.format("%s,%d,%d,%d,%.1f%n", name, i + 1, s.ops(), s.failures(), s.opsPerSecond()));
            }
        });
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("bench.results", "bench/results")));
            Files.writeString(dir.resolve("paired-" + suite + ".md"), table);
            Files.writeString(dir.resolve("paired-" + suite + ".csv"), raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
