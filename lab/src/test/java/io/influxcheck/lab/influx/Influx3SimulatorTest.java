package io.influxcheck.lab.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins section C and G rows 8, 16, 17 for the InfluxDB 3 Core simulator. */
class Influx3SimulatorTest {
  private static final String NOT_AUTHENTICATED = "{\"error\": \"the request was not authenticated\"}";

  private Influx3State state;
  private Influx3Simulator influx;

  @BeforeEach
  void start() {
    state = new Influx3State();
    state.addToken("admin", "canary-apiv3-token");
    state.addPoints("mydb", List.of(Point.of("cpu", Map.of("host", "a"), "usage", 1.5, Instant.parse("2024-01-15T10:00:00Z"))));
    influx = Influx3Simulator.start(state);
  }

  @AfterEach
  void stop() {
    influx.close();
  }

  private static void assertCors(HttpResponse<?> response) {
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(response.headers().firstValue("cluster-uuid")).isPresent();
  }

  @Test
  void healthAndPingNeedATokenByDefault() {
    HttpResponse<String> health = Http.send(Http.get(influx.url(), "/health"));
    assertThat(health.statusCode()).isEqualTo(401);
    assertThat(health.body()).isEqualTo(NOT_AUTHENTICATED);
    assertThat(health.headers().firstValue("Content-Type")).isEmpty();
    assertCors(health);
    assertThat(Http.send(Http.get(influx.url(), "/ping")).statusCode()).isEqualTo(401);
  }

  @Test
  void disabledAuthzExemptsHealthAndPing() {
    state.disableAuthz(Influx3State.Exempt.HEALTH, Influx3State.Exempt.PING);
    HttpResponse<String> health = Http.send(Http.get(influx.url(), "/health"));
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("OK");
    assertThat(health.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(Http.send(Http.get(influx.url(), "/ping")).statusCode()).isEqualTo(200);
  }

  @Test
  void pingIs200JsonWithCoreBuild() {
    HttpResponse<String> ping = Http.send(Http.get(influx.url(), "/ping").header("Authorization", "Bearer canary-apiv3-token"));
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(ping.body()).startsWith("{\"product_name\":\"InfluxDB 3 Core\",\"version\":\"3.9.6\",\"revision\":\"ecadc94474\",\"process_id\":\"");
    assertThat(ping.headers().firstValue("X-Influxdb-Build")).hasValue("Core");
    assertThat(ping.headers().firstValue("X-Influxdb-Version")).hasValue("3.9.6");
    assertThat(ping.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id.charAt(14)).isEqualTo('7'));
    assertCors(ping);
  }

  @Test
  void malformedAuthorizationHeaderIs400() {
    for (String header : List.of("bearer canary-apiv3-token", "Bearer", "Bearer a b", "Digest x")) {
      HttpResponse<String> response = Http.send(Http.get(influx.url(), "/ping").header("Authorization", header));
      assertThat(response.statusCode()).as(header).isEqualTo(400);
      assertThat(response.body()).isEqualTo("{\"error\": \"" + Influx3Simulator.MALFORMED + "\"}");
    }
  }

  @Test
  void tokenBasicAndPParamAreAccepted() {
    assertThat(Http.send(Http.get(influx.url(), "/health").header("Authorization", "Token canary-apiv3-token")).statusCode()).isEqualTo(200);
    assertThat(Http.send(Http.get(influx.url(), "/health").header("Authorization", Http.basic("any", "canary-apiv3-token"))).statusCode()).isEqualTo(200);
    assertThat(Http.send(Http.get(influx.url(), "/query?db=mydb&p=canary-apiv3-token&q=SHOW+MEASUREMENTS")).statusCode()).isEqualTo(200);
  }

  @Test
  void expiredTokenIs401() {
    state.addToken("old", "canary-expired", Instant.now().minusSeconds(5));
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/health").header("Authorization", "Bearer canary-expired"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo(NOT_AUTHENTICATED);
  }

  @Test
  void influxQlWithPasswordThatIsNotATokenIs401() {
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/query?db=mydb&q=SHOW+MEASUREMENTS").header("Authorization", Http.basic("grafana", "canary-wrong")));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo(NOT_AUTHENTICATED);
  }

  @Test
  void v1QueryUnknownDatabaseIs400() {
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/query?db=nope&q=SHOW+MEASUREMENTS").header("Authorization", "Token canary-apiv3-token"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"error\":\"Database nope not found\"}");
  }

  @Test
  void fluxIsNotRoutedAfterAuthentication() {
    HttpResponse<String> unauthenticated = Http.send(Http.flux(influx.url(), "buckets()", "org=x"));
    assertThat(unauthenticated.statusCode()).isEqualTo(401);
    HttpResponse<String> response = Http.send(Http.flux(influx.url(), "buckets()", "org=x").header("Authorization", "Token canary-apiv3-token"));
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("Not found");
    assertThat(response.headers().firstValue("Content-Type")).isEmpty();
  }

  @Test
  void sqlSelectOneAndShowTables() {
    HttpResponse<String> one = Http.send(Http.get(influx.url(), "/api/v3/query_sql?db=mydb&q=select+1").header("Authorization", "Bearer canary-apiv3-token"));
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).isEqualTo("[{\"Int64(1)\":1}]");
    HttpResponse<String> tables = Http.send(Http.post(influx.url(), "/api/v3/query_sql", "application/json", "{\"db\":\"mydb\",\"q\":\"SHOW TABLES\"}")
        .header("Authorization", "Bearer canary-apiv3-token"));
    assertThat(tables.body()).isEqualTo("[{\"table_catalog\":\"public\",\"table_schema\":\"iox\",\"table_name\":\"cpu\",\"table_type\":\"BASE TABLE\"}]");
  }

  @Test
  void influxQlEndpointShowsMeasurements() {
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/api/v3/query_influxql?db=mydb&q=SHOW+MEASUREMENTS").header("Authorization", "Bearer canary-apiv3-token"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[{\"iox::measurement\":\"measurements\",\"name\":\"cpu\"}]");
  }
}
