package dev.mediaaccess.benchmarks.paired;

import java.util.Arrays;

/** Order statistics of a handful of samples. */
final class Stats {
    private Stats() {}

    static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /** Linear interpolation between the closest ranks. */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
