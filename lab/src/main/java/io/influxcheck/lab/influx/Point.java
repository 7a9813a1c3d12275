package io.influxcheck.lab.influx;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One stored value: a measurement, its tags, one field and a timestamp (Flux's row model; InfluxQL
 * rows are assembled from points with the same measurement, tags and time). Values are {@link Double},
 * {@link Long}, {@link String} or {@link Boolean}.
 */
public record Point(String measurement, SortedMap<String, String> tags, String field, Object value, Instant time) {

  public Point {
    Objects.requireNonNull(measurement, "measurement");
    tags = new TreeMap<>(tags == null ? Map.of() : tags);
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    if (!(value instanceof Double || value instanceof Long || value instanceof String || value instanceof Boolean)) {
      throw new IllegalArgumentException("value must be Double, Long, String or Boolean, was " + value.getClass());
    }
    Objects.requireNonNull(time, "time");
  }

  public static Point of(String measurement, Map<String, String> tags, String field, Object value, Instant time) {
    Object normalised = value instanceof Integer i ? Long.valueOf(i) : value instanceof Float f ? Double.valueOf(f) : value;
    return new Point(measurement, new TreeMap<>(tags), field, normalised, time);
  }

  /** The Flux column type of the value: {@code double}, {@code long}, {@code string} or {@code boolean}. */
  public String fluxType() {
    if (value instanceof Double) {
      return "double";
    }
    if (value instanceof Long) {
      return "long";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    return "string";
  }
}
