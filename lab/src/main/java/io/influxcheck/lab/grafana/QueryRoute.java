package io.influxcheck.lab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influxcheck.lab.http.GoJson;
import io.influxcheck.lab.http.SimResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/ds/query} ({@code pkg/api/ds_query.go}, facts E.3): runs each query of a
 * {@code MetricRequest} against its data source's InfluxDB with the stored secrets. A failed query
 * carries {@code error}, {@code errorSource} and {@code status} and turns the whole answer into HTTP 400.
 *
 * <p>Simplified: queries must be raw ({@code query} for Flux and InfluxQL, {@code rawSql} for SQL); only
 * the macros {@code v.timeRangeStart}, {@code v.timeRangeStop}, {@code v.windowPeriod},
 * {@code v.defaultBucket}, {@code $timeFilter} and {@code $__interval} are expanded; an error returned by
 * the plugin call itself is reported per query like a response error instead of failing the request.
 */
final class QueryRoute {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern RELATIVE = Pattern.compile("now(?:-(\\d+)([smhdwy]))?");

  private final GrafanaState state;
  private final InfluxPlugin plugin;

  QueryRoute(GrafanaState state, InfluxPlugin plugin) {
    this.state = state;
    this.plugin = plugin;
  }

  SimResponse query(String body) {
    JsonNode request;
    try {
      request = MAPPER.readTree(body);
    } catch (Exception malformed) {
      request = null;
    }
    if (request == null || !request.isObject()) {
      return GrafanaResponse.messageWithTrace(400, "bad request data");
    }
    if (!request.path("queries").isArray() || request.path("queries").isEmpty()) {
      Map<String, Object> noQueries = new LinkedHashMap<>();
      noQueries.put("message", "No queries found");
      noQueries.put("messageId", "query.noQueries");
      noQueries.put("statusCode", 400);
      noQueries.put("traceID", "");
      return GrafanaResponse.json(400, noQueries);
    }
    long now = System.currentTimeMillis();
    long from = epochMillis(request.path("from").asText("now-1h"), now);
    long to = epochMillis(request.path("to").asText("now"), now);
    Map<String, Object> results = new TreeMap<>();
    boolean anyError = false;
    for (JsonNode query : request.path("queries")) {
      String refId = query.path("refId").asText("A");
      Optional<GrafanaDataSource> ds = state.dataSource(query.path("datasource").path("uid").asText(""));
      if (ds.isEmpty()) {
        return DataSourceRoutes.notFound();
      }
      QueryOutcome outcome = run(ds.get(), query, from, to);
      if (outcome instanceof QueryOutcome.Frames) {
        List<Object> frames = new ArrayList<>();
        ((QueryOutcome.Frames) outcome).frames().forEach(frame -> frames.add(frame.toJson(refId)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", 200);
        result.put("frames", frames);
        results.put(refId, result);
      } else {
        anyError = true;
        String message = outcome instanceof QueryOutcome.RequestError
            ? ((QueryOutcome.RequestError) outcome).message() : ((QueryOutcome.ResponseError) outcome).message();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("error", message);
        result.put("errorSource", "downstream");
        result.put("status", statusFromError(message));
        results.put(refId, result);
      }
    }
    return GrafanaResponse.json(anyError ? 400 : 200, Map.of("results", results));
  }

  private QueryOutcome run(GrafanaDataSource ds, JsonNode query, long from, long to) {
    Optional<InfluxPlugin.Mode> mode = InfluxPlugin.mode(ds);
    if (mode.isEmpty()) {
      return new QueryOutcome.RequestError("unknown influx version");
    }
    long intervalMs = query.path("intervalMs").asLong(60_000);
    String text;
    switch (mode.get()) {
      case FLUX:
        text = query.path("query").asText("")
            .replace("v.timeRangeStart", Instant.ofEpochMilli(from).toString())
            .replace("v.timeRangeStop", Instant.ofEpochMilli(to).toString())
            .replace("v.windowPeriod", intervalMs + "ms")
            .replace("v.defaultBucket", GoJson.quote(ds.json("defaultBucket")));
        break;
      case SQL:
        text = query.path("rawSql").asText("");
        break;
      default:
        text = query.path("query").asText("")
            .replace("$timeFilter", "time >= " + from + "ms and time <= " + to + "ms")
            .replace("$__interval", intervalMs + "ms");
        break;
    }
    if (text.isBlank()) {
      return new QueryOutcome.RequestError("the simulator runs raw queries only: send \""
          + (mode.get() == InfluxPlugin.Mode.SQL ? "rawSql" : "query") + "\"");
    }
    return plugin.run(ds, mode.get(), text, state.upstreamTimeout());
  }

  /** The SDK's {@code statusFromError}: 504 for timeouts, 502 for connection errors, otherwise 500. */
  private static int statusFromError(String message) {
    if (message.contains("deadline exceeded")) {
      return 504;
    }
    if (message.contains("connection refused") || message.contains("no such host") || message.endsWith(": EOF")) {
      return 502;
    }
    return 500;
  }

  /** {@code now}, {@code now-<n><unit>} or epoch milliseconds. */
  static long epochMillis(String time, long now) {
    if (time.matches("\\d+")) {
      return Long.parseLong(time);
    }
    Matcher m = RELATIVE.matcher(time.strip());
    if (!m.matches()) {
      return now;
    }
    if (m.group(1) == null) {
      return now;
    }
    long n = Long.parseLong(m.group(1));
    long unit;
    switch (m.group(2)) {
      case "s": unit = 1_000L; break;
      case "m": unit = 60_000L; break;
      case "h": unit = 3_600_000L; break;
      case "d": unit = 86_400_000L; break;
      case "w": unit = 7 * 86_400_000L; break;
      default: unit = 365 * 86_400_000L; break;
    }
    return now - n * unit;
  }
}
