package io.influxcheck.lab.influx;

import java.util.Comparator;
import java.util.List;

/** The few InfluxQL aggregates the simulator folds over all matching points. */
final class InfluxQlAggregates {
  private InfluxQlAggregates() {}

  static Object apply(String function, List<Point> points) {
    if (function.equals("count")) {
      return (long) points.size();
    }
    if (points.isEmpty()) {
      return null;
    }
    List<Point> byTime = points.stream().sorted(Comparator.comparing(Point::time)).toList();
    switch (function) {
      case "first":
        return byTime.get(0).value();
      case "last":
        return byTime.get(byTime.size() - 1).value();
      default:
        break;
    }
    double[] numbers = points.stream().filter(p -> p.value() instanceof Number).mapToDouble(p -> ((Number) p.value()).doubleValue()).toArray();
    if (numbers.length == 0) {
      return null;
    }
    return switch (function) {
      case "sum" -> java.util.Arrays.stream(numbers).sum();
      case "min" -> java.util.Arrays.stream(numbers).min().orElse(0);
      case "max" -> java.util.Arrays.stream(numbers).max().orElse(0);
      default -> java.util.Arrays.stream(numbers).average().orElse(0);
    };
  }
}
