package io.influxcheck.lab.influx;

import java.security.SecureRandom;
import java.util.UUID;

/** Version-7 (Unix-time ordered) UUIDs, as InfluxDB 3 uses for request ids. */
final class UuidV7 {
  private static final SecureRandom RANDOM = new SecureRandom();

  private UuidV7() {}

  static String next() {
    long millis = System.currentTimeMillis();
    long high = (millis << 16) | 0x7000L | (RANDOM.nextInt(0x1000) & 0x0fffL);
    long low = 0x8000000000000000L | (RANDOM.nextLong() & 0x3fffffffffffffffL);
    return new UUID(high, low).toString();
  }
}
