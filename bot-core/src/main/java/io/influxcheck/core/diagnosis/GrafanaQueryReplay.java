package io.influxcheck.core.diagnosis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.probe.ProbeRequest;
import io.influxcheck.core.probe.RequestHeader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Builds the request Grafana's health check sends for each query language, byte for byte where it
 * matters: Flux {@code POST /api/v2/query?org=} with client-go's JSON body, InfluxQL
 * {@code GET|POST /query?db=&epoch=ms&q=SHOW MEASUREMENTS}, SQL {@code SELECT 1} (over HTTP here;
 * Grafana uses FlightSQL).
 */
final class GrafanaQueryReplay {
  static final String FLUX_HEALTH_QUERY = "buckets()";
  static final String INFLUXQL_HEALTH_QUERY = "SHOW MEASUREMENTS";
  static final String SQL_HEALTH_QUERY = "SELECT 1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GrafanaQueryReplay() {
  }

  static ProbeRequest flux(String organization, String query) {
    ObjectNode body = MAPPER.createObjectNode();
    ObjectNode dialect = body.putObject("dialect");
    dialect.putArray("annotations").add("datatype").add("group").add("default");
    dialect.put("delimiter", ",");
    dialect.put("header", true);
    body.put("query", query);
    body.put("type", "flux");
    return new ProbeRequest("POST", "/api/v2/query", List.of(), List.of(), "application/json", body.toString(), "none")
        .withQuery("org", organization);
  }

  static ProbeRequest influxql(DataSourceSettings ds, String query) {
    ProbeRequest base = new ProbeRequest("GET", "/query", List.of(), List.of(), "", "", "none")
        .withQuery("db", ds.database())
        .withQuery("epoch", "ms");
    if (ds.httpMode().toUpperCase(Locale.ROOT).equals("POST")) {
      return base.withBody("application/x-www-form-urlencoded", "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
    return base.withQuery("q", query);
  }

  static ProbeRequest sql(DataSourceSettings ds) {
    return ProbeRequest.get("/api/v3/query_sql")
        .withQuery("db", ds.database())
        .withQuery("q", SQL_HEALTH_QUERY)
        .withQuery("format", "json");
  }

  /** Grafana's health request for the data source, with exactly the credentials Grafana sends. */
  static ProbeRequest of(DiagnosisRun run) {
    DataSourceSettings ds = run.settings;
    switch (ds.queryLanguage()) {
      case FLUX:
        return run.withGrafanaCredentials(flux(ds.organization(), FLUX_HEALTH_QUERY));
      case SQL:
        return run.withGrafanaCredentials(sql(ds));
      case INFLUXQL:
      default:
        return run.withGrafanaCredentials(influxql(ds, INFLUXQL_HEALTH_QUERY));
    }
  }

  /** A request carrying only the given API token with the {@code Token} scheme (for the 2.x API). */
  static ProbeRequest withToken(ProbeRequest request, io.influxcheck.config.Secret token) {
    return request.withHeaders(
        List.of(new RequestHeader("Authorization", io.influxcheck.config.Secret.of("Token " + token.reveal()))),
        "Token " + token.describe());
  }
}
