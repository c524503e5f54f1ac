package org.normgraph.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of latency samples, in milliseconds. */
record Stats(int n, double p50, double p95, double max) {
    Stats {
        if (n < 0) throw new IllegalArgumentException("negative count");
    }

    static Stats of(List<Double> millis) {
        if (millis.isEmpty()) return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        double[] a = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return new Stats(a.length, percentile(a, 50), percentile(a, 95), a[a.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
