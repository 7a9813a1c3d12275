package io.influxcheck.core.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.config.DataSourceSettings;

/**
 * The dashboard path: one query through {@code POST /api/ds/query} in the data source's language,
 * as a panel would run it (Flux: a read of {@code defaultBucket}; InfluxQL: {@code SHOW MEASUREMENTS};
 * SQL: {@code SELECT 1}).
 */
public final class DashboardQuery {
  private DashboardQuery() { }

  /** How the query came back. */
  public enum Kind { DATA, EMPTY, ERROR, NO_ANSWER }

  /**
   * @param error Grafana's error text for ERROR (InfluxDB's text embedded), or why there was no answer
   * @param rows number of rows across frames
   */
  public record Outcome(Kind kind, String error, int rows, GrafanaExchange exchange) { }

  /** The text of the query sent, for messages. */
  public static String queryText(DataSourceSettings settings) {
    return switch (settings.queryLanguage()) {
      case FLUX -> settings.defaultBucket().isEmpty()
          ? "buckets() |> limit(n: 1)"
          : "from(bucket: \"" + settings.defaultBucket().replace("\"", "\\\"") + "\") |> range(start: -1h) |> limit(n: 1)";
      case INFLUXQL -> "SHOW MEASUREMENTS";
      case SQL -> "SELECT 1";
    };
  }

  /**
   * The InfluxQL statement that tells an empty database from a missing or unmapped one: InfluxDB
   * answers {@code database not found: <db>} to it, where {@code SHOW MEASUREMENTS} answers nothing.
   */
  public static final String INFLUXQL_CONFIRM = "SHOW TAG KEYS";

  /** The {@code MetricRequest} JSON body. */
  public static String body(DataSourceSettings settings) {
    return body(settings, queryText(settings));
  }

  static String body(DataSourceSettings settings, String text) {
    ObjectNode root = GrafanaJson.MAPPER.createObjectNode();
    root.put("from", "now-1h");
    root.put("to", "now");
    ArrayNode queries = root.putArray("queries");
    ObjectNode query = queries.addObject();
    query.put("refId", "A");
    query.putObject("datasource").put("uid", settings.uid()).put("type", "influxdb");
    query.put("query", text);
    switch (settings.queryLanguage()) {
      case INFLUXQL -> query.put("rawQuery", true).put("resultFormat", "table");
      case SQL -> query.put("rawSql", text).put("format", "table");
      case FLUX -> { }
    }
    query.put("intervalMs", 60000);
    query.put("maxDataPoints", 100);
    return root.toString();
  }

  public static Outcome run(GrafanaClient client, DataSourceSettings settings) {
    return run(client, settings, queryText(settings));
  }

  /** Runs {@code text} (in the data source's language) through Grafana. */
  public static Outcome run(GrafanaClient client, DataSourceSettings settings, String text) {
    GrafanaExchange exchange = client.query(body(settings, text));
    if (exchange instanceof GrafanaExchange.Failed failed) {
      return new Outcome(Kind.NO_ANSWER, failed.failure().describe() + ": " + failed.detail(), 0, exchange);
    }
    return read((GrafanaExchange.Answered) exchange);
  }

  static Outcome read(GrafanaExchange.Answered answer) {
    JsonNode body = GrafanaJson.parse(answer.body());
    JsonNode result = body.path("results").path("A");
    String error = GrafanaJson.text(result, "error");
    if (!error.isEmpty()) {
      return new Outcome(Kind.ERROR, error, 0, answer);
    }
    if (!answer.isSuccess() || result.isMissingNode()) {
      String message = GrafanaJson.text(body, "message");
      return new Outcome(answer.status() == 401 || answer.status() == 403 ? Kind.NO_ANSWER : Kind.ERROR,
          "Grafana answered " + answer.status() + (message.isEmpty() ? "" : ": " + message), 0, answer);
    }
    int rows = 0;
    for (JsonNode frame : result.path("frames")) {
      JsonNode values = frame.path("data").path("values");
      if (values.isArray() && values.size() > 0) {
        rows += values.get(0).size();
      }
    }
    return new Outcome(rows > 0 ? Kind.DATA : Kind.EMPTY, "", rows, answer);
  }
}
