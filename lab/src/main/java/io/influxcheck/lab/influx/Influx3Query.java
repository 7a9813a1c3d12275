package io.influxcheck.lab.influx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.lab.http.GoJson;
import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Queries on InfluxDB 3 Core. v1 {@code /query}: the 1.x JSON shape, unknown database 400
 * {@code {"error":"Database <db> not found"}}. {@code /api/v3/query_sql} and {@code query_influxql}: only
 * {@code format=json} (the default), a JSON array of row objects; SQL understands {@code SELECT 1},
 * {@code SHOW TABLES} and {@code SELECT * FROM <table> [LIMIT n]}. Errors of the v3 endpoints are not pinned
 * by the research (UNCONFIRMED): unknown database answers 404 {@code {"error": "database not found: <db>"}}.
 */
final class Influx3Query {
  private static final Pattern SELECT_CONSTANT = Pattern.compile("(?i)^\\s*select\\s+(\\d+)\\s*;?\\s*$");
  private static final Pattern SELECT_STAR = Pattern.compile("(?i)^\\s*select\\s+\\*\\s+from\\s+\"?([A-Za-z0-9_\\-]+)\"?(?:\\s+limit\\s+(\\d+))?\\s*;?\\s*$");

  private final Influx3State state;

  Influx3Query(Influx3State state) {
    this.state = state;
  }

  SimResponse v1(SimRequest request) {
    Optional<String> q = request.param("q").filter(s -> !s.isBlank());
    if (q.isEmpty()) {
      return json(400, errorCompact("missing query parameter 'q'"));
    }
    List<InfluxQlStatement> statements;
    try {
      statements = InfluxQlParser.parse(q.get());
    } catch (InfluxQlParser.ParseException e) {
      return json(400, errorCompact(e.getMessage()));
    }
    String db = request.param("db").orElse("");
    boolean needsDb = statements.stream().anyMatch(s -> !(s instanceof InfluxQlStatement.ShowDatabases));
    String effectiveDb = statements.stream().map(InfluxQlStatement::explicitDatabase).filter(d -> d != null).findFirst().orElse(db);
    if (needsDb && state.points(effectiveDb).isEmpty()) {
      return json(400, errorCompact("Database " + effectiveDb + " not found"));
    }
    String body = InfluxQlEngine.execute(statements, db, "", request.param("epoch").orElse(null), new Catalog());
    return json(200, body);
  }

  SimResponse sql(SimRequest request, JsonNode params) {
    Optional<SimResponse> invalid = validate(params);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    String db = params.path("db").asText();
    String q = params.path("q").asText();
    ArrayNode rows = GoJson.array();
    Matcher constant = SELECT_CONSTANT.matcher(q);
    Matcher star = SELECT_STAR.matcher(q);
    List<Point> points = state.points(db).orElseThrow();
    if (constant.matches()) {
      rows.addObject().put("Int64(" + constant.group(1) + ")", Long.parseLong(constant.group(1)));
    } else if (q.trim().replaceAll(";$", "").equalsIgnoreCase("show tables")) {
      TreeSet<String> tables = new TreeSet<>();
      points.forEach(p -> tables.add(p.measurement()));
      for (String t : tables) {
        ObjectNode row = rows.addObject();
        row.put("table_catalog", "public");
        row.put("table_schema", "iox");
        row.put("table_name", t);
        row.put("table_type", "BASE TABLE");
      }
    } else if (star.matches()) {
      int limit = star.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(star.group(2));
      points.stream().filter(p -> p.measurement().equals(star.group(1))).limit(limit).forEach(p -> {
        ObjectNode row = rows.addObject();
        p.tags().forEach(row::put);
        putValue(row, p.field(), p.value());
        row.put("time", Rfc3339.nano(p.time()).replace("Z", ""));
      });
    } else {
      return spaced(400, "query not supported by the simulator: " + q);
    }
    return json(200, GoJson.compact(rows));
  }

  SimResponse influxQl(SimRequest request, JsonNode params) {
    Optional<SimResponse> invalid = validate(params);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    String q = params.path("q").asText();
    String upper = q.trim().toUpperCase(Locale.ROOT);
    ArrayNode rows = GoJson.array();
    if (upper.startsWith("SHOW MEASUREMENTS")) {
      TreeSet<String> names = new TreeSet<>();
      state.points(params.path("db").asText()).orElseThrow().forEach(p -> names.add(p.measurement()));
      names.forEach(n -> rows.addObject().put("iox::measurement", "measurements").put("name", n));
      return json(200, GoJson.compact(rows));
    }
    return spaced(400, "query not supported by the simulator: " + q);
  }

  private Optional<SimResponse> validate(JsonNode params) {
    if (params.has("invalid_body")) {
      return Optional.of(spaced(400, "invalid request body"));
    }
    String format = params.path("format").asText("json");
    if (!format.equals("json")) {
      return Optional.of(spaced(400, "format not supported by the simulator: " + format));
    }
    if (!params.hasNonNull("db") || !params.hasNonNull("q")) {
      return Optional.of(spaced(400, "missing required parameters db and q"));
    }
    String db = params.path("db").asText();
    if (state.points(db).isEmpty()) {
      return Optional.of(spaced(404, "database not found: " + db));
    }
    return Optional.empty();
  }

  private static void putValue(ObjectNode row, String field, Object value) {
    if (value instanceof Double d) {
      row.put(field, d);
    } else if (value instanceof Long l) {
      row.put(field, l);
    } else if (value instanceof Boolean b) {
      row.put(field, b);
    } else {
      row.put(field, value.toString());
    }
  }

  private static String errorCompact(String message) {
    ObjectNode body = GoJson.object();
    body.put("error", message);
    return GoJson.compact(body);
  }

  private static SimResponse json(int status, String body) {
    return SimResponse.of(status, "application/json", body);
  }

  private static SimResponse spaced(int status, String message) {
    return Influx3Simulator.spacedError(status, message).withHeader("Content-Type", "application/json");
  }

  private final class Catalog implements InfluxQlCatalog {
    @Override
    public List<String> databases() {
      return state.databases();
    }

    @Override
    public Optional<List<Point>> points(String database, String retentionPolicy) {
      return state.points(database);
    }

    @Override
    public List<RetentionPolicy> retentionPolicies(String database) {
      return List.of(new RetentionPolicy("autogen", "0s", true));
    }
  }
}
