package io.influxcheck.lab.influx;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Version-1 (time-based) UUIDs, the kind InfluxDB 1.x puts in {@code Request-Id}. */
final class TimeUuid {
  private static final long GREGORIAN_OFFSET = 0x01b21dd213814000L;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final long NODE = (RANDOM.nextLong() & 0x0000ffffffffffffL) | 0x0000010000000000L;
  private static final AtomicLong LAST = new AtomicLong();

  private TimeUuid() {}

  static String next() {
    long now = System.currentTimeMillis() * 10_000 + GREGORIAN_OFFSET;
    long ticks = LAST.updateAndGet(previous -> Math.max(previous + 1, now));
    long high = ((ticks & 0xffffffffL) << 32) | (((ticks >>> 32) & 0xffffL) << 16) | 0x1000L | ((ticks >>> 48) & 0x0fffL);
    long low = 0x8000000000000000L | ((RANDOM.nextInt(0x3fff) & 0x3fffL) << 48) | NODE;
    return new UUID(high, low).toString();
  }
}
