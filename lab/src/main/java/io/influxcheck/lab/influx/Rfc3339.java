package io.influxcheck.lab.influx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Go's {@code time.RFC3339} and {@code time.RFC3339Nano} (fraction without trailing zeros). */
final class Rfc3339 {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private Rfc3339() {}

  static String nano(Instant t) {
    String base = SECONDS.format(t);
    if (t.getNano() == 0) {
      return base + "Z";
    }
    String fraction = String.format("%09d", t.getNano()).replaceAll("0+$", "");
    return base + "." + fraction + "Z";
  }

  static String seconds(Instant t) {
    return SECONDS.format(t) + "Z";
  }
}
