package io.influxcheck.core.probe;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of one diagnosis.
 *
 * @param timeout how long one request may take, connect to last body byte
 * @param deadline how long the whole diagnosis may take; when it passes, the report says what is known
 * @param maxBodyBytes the most bytes read from one response body; a larger body is cut at the cap
 */
public record ProbeSettings(Duration timeout, Duration deadline, int maxBodyBytes) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  public ProbeSettings {
    Objects.requireNonNull(timeout, "timeout is null");
    Objects.requireNonNull(deadline, "deadline is null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive, was " + deadline);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
    }
  }

  public static ProbeSettings defaults() {
    return new ProbeSettings(DEFAULT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_MAX_BODY_BYTES);
  }
}
