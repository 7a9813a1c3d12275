package io.influxcheck.lab.influx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.lab.http.GoJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs parsed InfluxQL against a {@link InfluxQlCatalog} and writes the {@code {"results":[…]}} body
 * (compact, newline-terminated, as 1.x and the 2.x compatibility API do). Per-statement errors go in the
 * statement's {@code error} field with HTTP 200, like the real servers.
 *
 * <p>Simplifications: WHERE and GROUP BY are ignored; aggregates ({@code mean}, {@code count}, {@code sum},
 * {@code min}, {@code max}, {@code first}, {@code last}) fold all points into one row at time 0.
 */
final class InfluxQlEngine {
  private InfluxQlEngine() {}

  static String execute(List<InfluxQlStatement> statements, String defaultDb, String rpParam, String epoch, InfluxQlCatalog catalog) {
    ArrayNode results = GoJson.array();
    for (int i = 0; i < statements.size(); i++) {
      ObjectNode result = results.addObject();
      result.put("statement_id", i);
      run(statements.get(i), defaultDb, rpParam, epoch, catalog, result);
    }
    ObjectNode root = GoJson.object();
    root.set("results", results);
    return GoJson.compact(root) + "\n";
  }

  /** {@code {"results":[{"statement_id":0,"error":"<message>"}]}} + newline. */
  static String statementError(String message) {
    ObjectNode root = GoJson.object();
    ObjectNode result = root.putArray("results").addObject();
    result.put("statement_id", 0);
    result.put("error", message);
    return GoJson.compact(root) + "\n";
  }

  private static void run(InfluxQlStatement st, String defaultDb, String rpParam, String epoch, InfluxQlCatalog catalog, ObjectNode result) {
    String db = st.explicitDatabase() != null ? st.explicitDatabase() : defaultDb;
    if (st instanceof InfluxQlStatement.ShowDatabases) {
      series(result, "databases", List.of("name"), catalog.databases().stream().map(d -> List.<Object>of(d)).toList());
      return;
    }
    if (st instanceof InfluxQlStatement.AdminOnly) {
      result.put("error", "statement not supported by the simulator");
      return;
    }
    if (db == null || db.isEmpty()) {
      result.put("error", "database name required");
      return;
    }
    if (st instanceof InfluxQlStatement.ShowMeasurements show) {
      TreeSet<String> names = new TreeSet<>();
      catalog.points(db, null).orElse(List.of()).forEach(p -> names.add(p.measurement()));
      List<List<Object>> rows = names.stream().limit(show.limit() == null ? Long.MAX_VALUE : show.limit()).map(n -> List.<Object>of(n)).toList();
      if (!rows.isEmpty()) {
        series(result, "measurements", List.of("name"), rows);
      }
      return;
    }
    if (st instanceof InfluxQlStatement.ShowRetentionPolicies) {
      if (catalog.points(db, null).isEmpty()) {
        result.put("error", "database not found: " + db);
        return;
      }
      List<List<Object>> rows = catalog.retentionPolicies(db).stream()
          .map(rp -> List.<Object>of(rp.name(), rp.duration(), "168h0m0s", 1L, rp.isDefault())).toList();
      series(result, null, List.of("name", "duration", "shardGroupDuration", "replicaN", "default"), rows);
      return;
    }
    Optional<List<Point>> points = catalog.points(db, st instanceof InfluxQlStatement.Select s && s.retentionPolicy() != null ? s.retentionPolicy() : rpParam);
    if (points.isEmpty()) {
      result.put("error", "database not found: " + db);
      return;
    }
    if (st instanceof InfluxQlStatement.ShowKeys keys) {
      showKeys(keys, points.get(), result);
    } else if (st instanceof InfluxQlStatement.Select select) {
      select(select, points.get(), epoch, result);
    }
  }

  private static void showKeys(InfluxQlStatement.ShowKeys keys, List<Point> points, ObjectNode result) {
    Map<String, TreeMap<String, String>> byMeasurement = new TreeMap<>();
    for (Point p : points) {
      if (keys.from() != null && !keys.from().equals(p.measurement())) {
        continue;
      }
      TreeMap<String, String> entries = byMeasurement.computeIfAbsent(p.measurement(), m -> new TreeMap<>());
      if (keys.tags()) {
        p.tags().keySet().forEach(k -> entries.put(k, ""));
      } else {
        entries.put(p.field(), p.value() instanceof Double ? "float" : p.value() instanceof Long ? "integer" : p.fluxType());
      }
    }
    ArrayNode series = result.putArray("series");
    byMeasurement.forEach((m, entries) -> {
      ObjectNode s = series.addObject();
      s.put("name", m);
      ArrayNode columns = s.putArray("columns");
      columns.add(keys.tags() ? "tagKey" : "fieldKey");
      if (!keys.tags()) {
        columns.add("fieldType");
      }
      ArrayNode values = s.putArray("values");
      entries.forEach((k, type) -> {
        ArrayNode row = values.addArray().add(k);
        if (!keys.tags()) {
          row.add(type);
        }
      });
    });
    if (series.isEmpty()) {
      result.remove("series");
    }
  }

  private static void select(InfluxQlStatement.Select select, List<Point> all, String epoch, ObjectNode result) {
    List<Point> points = all.stream().filter(p -> p.measurement().equals(select.measurement())).toList();
    if (points.isEmpty()) {
      return;
    }
    boolean aggregate = select.columns().stream().anyMatch(c -> c.function() != null);
    List<String> columns = new ArrayList<>(List.of("time"));
    List<List<Object>> rows = new ArrayList<>();
    if (aggregate) {
      List<Object> row = new ArrayList<>(List.of(time(Instant.EPOCH, epoch)));
      for (InfluxQlStatement.Column c : select.columns()) {
        columns.add(c.label());
        row.add(InfluxQlAggregates.apply(c.function(), points.stream().filter(p -> c.field().equals("*") || p.field().equals(c.field())).toList()));
      }
      rows.add(row);
    } else {
      selectRaw(select, points, epoch, columns, rows);
    }
    if (select.limit() != null && rows.size() > select.limit()) {
      rows = rows.subList(0, select.limit());
    }
    series(result, select.measurement(), columns, rows);
  }

  private static void selectRaw(InfluxQlStatement.Select select, List<Point> points, String epoch, List<String> columns, List<List<Object>> rows) {
    boolean star = select.columns().stream().anyMatch(c -> c.field().equals("*"));
    TreeSet<String> names = new TreeSet<>();
    for (Point p : points) {
      if (star) {
        names.addAll(p.tags().keySet());
        names.add(p.field());
      }
    }
    if (!star) {
      select.columns().forEach(c -> names.add(c.field()));
    }
    List<String> ordered = star ? new ArrayList<>(names) : select.columns().stream().map(InfluxQlStatement.Column::field).toList();
    columns.addAll(ordered);
    Map<String, Map<String, Object>> byRow = new LinkedHashMap<>();
    Map<String, Instant> rowTime = new TreeMap<>();
    for (Point p : points.stream().sorted((a, b) -> a.time().compareTo(b.time())).toList()) {
      String key = p.time() + "|" + p.tags();
      Map<String, Object> row = byRow.computeIfAbsent(key, k -> new LinkedHashMap<>());
      rowTime.put(key, p.time());
      SortedMap<String, String> tags = p.tags();
      tags.forEach(row::put);
      row.put(p.field(), p.value());
    }
    for (Map.Entry<String, Map<String, Object>> e : byRow.entrySet()) {
      List<Object> row = new ArrayList<>();
      row.add(time(rowTime.get(e.getKey()), epoch));
      for (String c : ordered) {
        row.add(e.getValue().get(c));
      }
      if (row.subList(1, row.size()).stream().anyMatch(v -> v != null)) {
        rows.add(row);
      }
    }
  }

  static Object time(Instant t, String epoch) {
    if (epoch == null || epoch.isEmpty()) {
      return Rfc3339.nano(t);
    }
    long nanos = t.getEpochSecond() * 1_000_000_000L + t.getNano();
    return switch (epoch) {
      case "u", "µ" -> nanos / 1_000L;
      case "ms" -> nanos / 1_000_000L;
      case "s" -> nanos / 1_000_000_000L;
      case "m" -> nanos / 60_000_000_000L;
      case "h" -> nanos / 3_600_000_000_000L;
      default -> nanos;
    };
  }

  private static void series(ObjectNode result, String name, List<String> columns, List<List<Object>> rows) {
    ObjectNode s = result.putArray("series").addObject();
    if (name != null) {
      s.put("name", name);
    }
    ArrayNode cols = s.putArray("columns");
    columns.forEach(cols::add);
    if (rows.isEmpty()) {
      return;
    }
    ArrayNode values = s.putArray("values");
    for (List<Object> row : rows) {
      ArrayNode r = values.addArray();
      for (Object v : row) {
        if (v == null) {
          r.addNull();
        } else if (v instanceof Double d) {
          r.add(d);
        } else if (v instanceof Long l) {
          r.add(l);
        } else if (v instanceof Boolean b) {
          r.add(b);
        } else {
          r.add(v.toString());
        }
      }
    }
  }
}
