package io.influxcheck.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits every probe obeys ({@code probes:} in influx-check.yaml).
 *
 * @param timeout connect/read timeout of one HTTP request
 * @param deadline the whole diagnosis of one data source, all its probes included
 * @param maxBodyBytes the most bytes read from one response body; the rest is discarded
 * @param concurrency how many data sources {@code --all} diagnoses at once
 */
public record ProbeSettings(Duration timeout, Duration deadline, long maxBodyBytes, int concurrency) {
  public static final ProbeSettings DEFAULTS =
      new ProbeSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), 1024 * 1024, 4);

  public ProbeSettings {
    Objects.requireNonNull(timeout, "timeout is null");
    Objects.requireNonNull(deadline, "deadline is null");
    if (timeout.isNegative() || timeout.isZero() || deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("timeout and deadline must be positive");
    }
    if (maxBodyBytes <= 0 || concurrency <= 0) {
      throw new IllegalArgumentException("maxBodyBytes and concurrency must be positive");
    }
  }
}
