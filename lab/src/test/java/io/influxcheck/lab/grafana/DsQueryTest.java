package io.influxcheck.lab.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins facts E.3 for {@code POST /api/ds/query} and the data-source proxy's 401 → 400. */
class DsQueryTest {
  private static final String TOKEN = "glsa_query00000000000000000000000000_00000000";

  private InfluxStub influx;
  private GrafanaState state;
  private GrafanaSimulator grafana;

  @BeforeEach
  void start() throws IOException {
    influx = new InfluxStub();
    state = new GrafanaState().add(ServiceAccount.admin("bot", TOKEN))
        .add(GrafanaDataSource.builder("flux", "Flux").url(influx.url()).flux("acme", "telegraf", "t").build())
        .add(GrafanaDataSource.builder("ql", "InfluxQL").url(influx.url()).influxQl("mydb", "u", "p").build());
    grafana = GrafanaSimulator.start(state);
  }

  @AfterEach
  void stop() {
    grafana.close();
    influx.close();
  }

  private Http.Reply query(String uid, String queryJson) {
    return Http.post(grafana.url() + "/api/ds/query", Http.bearer(TOKEN), "{\"from\":\"now-1h\",\"to\":\"now\",\"queries\":[{\"refId\":\"A\","
        + "\"datasource\":{\"uid\":\"" + uid + "\"}," + queryJson + ",\"intervalMs\":60000,\"maxDataPoints\":1000}]}");
  }

  @Test
  void fluxQueryReturnsADataFrame() throws Exception {
    influx.answer("/api/v2/query", 200, "text/csv; charset=utf-8", "#datatype,string,long,dateTime:RFC3339,double\r\n"
        + "#group,false,false,false,false\r\n#default,_result,,,\r\n,result,table,_time,_value\r\n"
        + ",,0,2024-01-01T00:00:00Z,1.5\r\n,,0,2024-01-01T00:01:00Z,2.5\r\n\r\n");

    Http.Reply reply = query("flux", "\"query\":\"from(bucket: v.defaultBucket) |> range(start: v.timeRangeStart)\"");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"results\":{\"A\":{\"status\":200,\"frames\":[{\"schema\":{\"refId\":\"A\",\"fields\":["
        + "{\"name\":\"_time\",\"type\":\"time\",\"typeInfo\":{\"frame\":\"time.Time\",\"nullable\":true}},"
        + "{\"name\":\"_value\",\"type\":\"number\",\"typeInfo\":{\"frame\":\"float64\",\"nullable\":true}}]},"
        + "\"data\":{\"values\":[[1704067200000,1704067260000],[1.5,2.5]]}}]}}}");
    // client-go marshals with Go's HTML-safe escaping, so '>' travels as \u003e.
    assertThat(influx.next().body()).contains("from(bucket: \\\"telegraf\\\") |\\u003e range(start: 20");
  }

  @Test
  void anyFailedQueryMakesTheAnswer400WithDownstreamErrorAndStatus500() {
    influx.answer("/query", 401, "application/json", "{\"error\":\"authorization failed\"}\n");

    Http.Reply reply = query("ql", "\"query\":\"SELECT mean(value) FROM cpu WHERE $timeFilter\",\"rawQuery\":true");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"results\":{\"A\":{\"error\":\"InfluxDB returned error: authorization failed\","
        + "\"errorSource\":\"downstream\",\"status\":500}}}");
  }

  @Test
  void unknownDataSourceIsNotFound() {
    Http.Reply reply = query("nope", "\"query\":\"buckets()\"");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"message\":\"Data source not found\"}");
  }

  @Test
  void influxQlSeriesBecomeFrames() throws Exception {
    influx.answer("/query", 200, "application/json", "{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"cpu\","
        + "\"columns\":[\"time\",\"mean\"],\"values\":[[1704067200000,0.5]]}]}]}\n");

    Http.Reply reply = query("ql", "\"query\":\"SELECT mean(usage) FROM cpu\",\"rawQuery\":true");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode frame = Http.JSON.readTree(reply.body()).path("results").path("A").path("frames").path(0);
    assertThat(frame.path("schema").path("name").asText()).isEqualTo("cpu");
    assertThat(frame.path("schema").path("fields").path(0).path("type").asText()).isEqualTo("time");
    assertThat(frame.path("data").path("values").toString()).isEqualTo("[[1704067200000],[0.5]]");
  }

  @Test
  void proxyTurnsUpstream401Into400() {
    influx.answer("/query", 401, "application/json", "{\"error\":\"authorization failed\"}\n");

    Http.Reply reply = Http.get(grafana.url() + "/api/datasources/proxy/uid/ql/query?db=mydb&q=SHOW%20DATABASES", Http.bearer(TOKEN));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("Authentication to data source failed");
  }

  @Test
  void proxySendsStoredCredentialsNotTheGrafanaToken() throws Exception {
    influx.answer("/query", 200, "application/json", "{\"results\":[{\"statement_id\":0}]}\n");

    Http.Reply reply = Http.get(grafana.url() + "/api/datasources/proxy/uid/ql/query?db=mydb&q=SHOW%20DATABASES", Http.bearer(TOKEN));

    assertThat(reply.status()).isEqualTo(200);
    InfluxStub.Seen sent = influx.next();
    assertThat(sent.query()).isEqualTo("db=mydb&q=SHOW%20DATABASES");
    assertThat(sent.authorization()).startsWith("Basic ").doesNotContain(TOKEN);
  }
}
