package io.influxcheck.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {
  private static final long MS = 1_000_000;

  @Test
  void percentilesAreNearestRankOverEverySample() {
    long[] hundred = LongStream.rangeClosed(1, 100).map(i -> i * MS).toArray();

    Stats stats = Stats.ofNanos(hundred);

    assertThat(stats.count()).isEqualTo(100);
    assertThat(stats.minMs()).isEqualTo(1.0);
    assertThat(stats.p50Ms()).isEqualTo(50.0);
    assertThat(stats.p95Ms()).isEqualTo(95.0);
    assertThat(stats.p99Ms()).isEqualTo(99.0);
    assertThat(stats.maxMs()).isEqualTo(100.0);
    assertThat(stats.meanMs()).isEqualTo(50.5);
  }

  @Test
  void samplesNeedNotBeSortedAndOneOutlierIsTheMaxAndTheP99OfFewSamples() {
    long[] samples = {3 * MS, 1 * MS, 900 * MS, 2 * MS};

    Stats stats = Stats.ofNanos(samples);

    assertThat(stats.minMs()).isEqualTo(1.0);
    assertThat(stats.p50Ms()).isEqualTo(2.0);
    assertThat(stats.p99Ms()).isEqualTo(900.0);
    assertThat(stats.maxMs()).isEqualTo(900.0);
  }

  @Test
  void millisecondsKeepTwoDecimals() {
    assertThat(Stats.ofNanos(new long[] {1_234_567}).p50Ms()).isEqualTo(1.23);
  }

  @Test
  void noSamplesGiveACountOfZero() {
    assertThat(Stats.ofNanos(new long[0]).count()).isZero();
  }
}
