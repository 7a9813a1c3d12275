package io.influxcheck.core.probe;

import java.time.Duration;

/** The end of one diagnosis, measured on the monotonic clock. */
public final class Deadline {
  private final long endNanos;

  private Deadline(long endNanos) {
    this.endNanos = endNanos;
  }

  public static Deadline after(Duration duration) {
    return new Deadline(System.nanoTime() + duration.toNanos());
  }

  public Duration remaining() {
    long left = endNanos - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  public boolean hasPassed() {
    return remaining().isZero();
  }

  /** The shorter of {@code timeout} and the time left. */
  public Duration cap(Duration timeout) {
    Duration left = remaining();
    return left.compareTo(timeout) < 0 ? left : timeout;
  }
}
