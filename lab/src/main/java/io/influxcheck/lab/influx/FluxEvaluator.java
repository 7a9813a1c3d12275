package io.influxcheck.lab.influx;

import io.influxcheck.lab.http.GoJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns a {@link FluxScript} plus the readable buckets of the request org into annotated CSV tables. */
final class FluxEvaluator {
  private FluxEvaluator() {}

  /** {@code buckets()}: name, id, organizationID, retentionPolicy, retentionPeriod (ns). */
  static List<AnnotatedCsv.Table> buckets(FluxScript script, List<V2Bucket> readable) {
    List<List<String>> rows = new ArrayList<>();
    for (V2Bucket b : readable) {
      if (!nameMatches(script, b.name()) || !equalsMatch(script.equals().get("name"), b.name())) {
        continue;
      }
      rows.add(List.of(b.name(), b.id(), b.orgId(), "", Long.toString(b.retentionSeconds() * 1_000_000_000L)));
    }
    if (script.limit() != null && rows.size() > script.limit()) {
      rows = rows.subList(0, script.limit());
    }
    return List.of(new AnnotatedCsv.Table(
        List.of("name", "id", "organizationID", "retentionPolicy", "retentionPeriod"),
        List.of("string", "string", "string", "string", "long"),
        List.of(false, false, false, false, false), List.copyOf(rows)));
  }

  /** {@code schema.measurements(bucket:)}: one string column {@code _value}. */
  static List<AnnotatedCsv.Table> measurements(List<Point> points) {
    TreeSet<String> names = new TreeSet<>();
    points.forEach(p -> names.add(p.measurement()));
    List<List<String>> rows = names.stream().map(List::of).toList();
    return List.of(new AnnotatedCsv.Table(List.of("_value"), List.of("string"), List.of(false), rows));
  }

  /** {@code from(bucket:) |> range() |> filter()}: one table per measurement, field and tag set. */
  static List<AnnotatedCsv.Table> from(FluxScript script, List<Point> points) {
    Map<String, List<Point>> series = new LinkedHashMap<>();
    points.stream()
        .filter(p -> !p.time().isBefore(script.start()) && p.time().isBefore(script.stop()))
        .filter(p -> matches(script, p))
        .sorted(Comparator.comparing((Point p) -> p.measurement()).thenComparing(p -> p.field()).thenComparing(p -> p.tags().toString()).thenComparing(Point::time))
        .forEach(p -> series.computeIfAbsent(p.measurement() + "\u0000" + p.field() + "\u0000" + p.tags() + "\u0000" + p.fluxType(), k -> new ArrayList<>()).add(p));
    List<AnnotatedCsv.Table> tables = new ArrayList<>();
    for (List<Point> group : series.values()) {
      Point first = group.get(0);
      List<String> columns = new ArrayList<>(List.of("_start", "_stop", "_time", "_value", "_field", "_measurement"));
      List<String> types = new ArrayList<>(List.of("dateTime:RFC3339", "dateTime:RFC3339", "dateTime:RFC3339", first.fluxType(), "string", "string"));
      List<Boolean> groupKey = new ArrayList<>(List.of(true, true, false, false, true, true));
      for (String tag : first.tags().keySet()) {
        columns.add(tag);
        types.add("string");
        groupKey.add(true);
      }
      List<List<String>> rows = new ArrayList<>();
      for (Point p : group) {
        if (script.limit() != null && rows.size() >= script.limit()) {
          break;
        }
        List<String> row = new ArrayList<>(List.of(Rfc3339.nano(script.start()), Rfc3339.nano(script.stop()), Rfc3339.nano(p.time()),
            value(p.value()), p.field(), p.measurement()));
        row.addAll(p.tags().values());
        rows.add(row);
      }
      tables.add(new AnnotatedCsv.Table(columns, types, groupKey, rows));
    }
    return tables;
  }

  private static boolean matches(FluxScript script, Point p) {
    for (Map.Entry<String, Set<String>> e : script.equals().entrySet()) {
      String column = e.getKey();
      String actual = switch (column) {
        case "_measurement" -> p.measurement();
        case "_field" -> p.field();
        default -> p.tags().get(column);
      };
      if (!equalsMatch(e.getValue(), actual)) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalsMatch(Set<String> allowed, String actual) {
    return allowed == null || (actual != null && allowed.contains(actual));
  }

  private static boolean nameMatches(FluxScript script, String name) {
    for (FluxScript.NameRegex re : script.nameRegexes()) {
      if (re.pattern().matcher(name).find() == re.negated()) {
        return false;
      }
    }
    return true;
  }

  private static String value(Object v) {
    return v instanceof Double d ? GoJson.goFloat(d) : v.toString();
  }

  static Instant now() {
    return Instant.now();
  }
}
