package io.influxcheck.app.bench;

import java.util.Arrays;

/**
 * The distribution of one measured quantity, in milliseconds: nearest-rank percentiles over every sample
 * (no sampling, no histogram buckets). {@code count} is the number of measured samples, warmup excluded.
 */
public record Stats(int count, double minMs, double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs) {

  /** Summarises samples given in nanoseconds; an empty array gives a count of 0 and zeros. */
  public static Stats ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return new Stats(0, 0, 0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Stats(sorted.length, ms(sorted[0]), ms(rank(sorted, 50)), ms(rank(sorted, 95)), ms(rank(sorted, 99)),
        ms(sorted[sorted.length - 1]), ms(sum / sorted.length));
  }

  /** Nearest-rank percentile: the smallest sample with at least {@code percent}% of the samples at or below it. */
  static long rank(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  private static double ms(double nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
