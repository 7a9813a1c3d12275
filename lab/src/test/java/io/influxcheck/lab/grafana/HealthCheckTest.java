package io.influxcheck.lab.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins facts D.2–D.4 and matrix G: what the simulator sends upstream for each query language, and the
 * exact health message and status Grafana derives from InfluxDB's answer.
 */
class HealthCheckTest {
  static final String TOKEN = "glsa_health0000000000000000000000000_00000000";
  static final String BUCKETS_CSV = "#datatype,string,long,string,string,string,string,long\r\n"
      + "#group,false,false,false,false,false,false,false\r\n"
      + "#default,_result,,,,,,\r\n"
      + ",result,table,name,id,organizationID,retentionPolicy,retentionPeriod\r\n"
      + ",,0,telegraf,aaaaaaaaaaaaaaaa,oooooooooooooooo,,0\r\n"
      + ",,0,_monitoring,bbbbbbbbbbbbbbbb,oooooooooooooooo,,604800000000000\r\n"
      + ",,0,_tasks,cccccccccccccccc,oooooooooooooooo,,259200000000000\r\n"
      + "\r\n";

  private InfluxStub influx;
  private GrafanaState state;
  private GrafanaSimulator grafana;

  @BeforeEach
  void start() throws IOException {
    influx = new InfluxStub();
    state = new GrafanaState().add(ServiceAccount.admin("bot", TOKEN));
    grafana = GrafanaSimulator.start(state);
  }

  @AfterEach
  void stop() {
    grafana.close();
    influx.close();
  }

  private Http.Reply health(GrafanaDataSource.Builder ds) {
    state.add(ds.build());
    return Http.get(grafana.url() + "/api/datasources/uid/ds1/health", Http.bearer(TOKEN));
  }

  private GrafanaDataSource.Builder flux(String token) {
    return GrafanaDataSource.builder("ds1", "InfluxDB").url(influx.url()).flux("acme", "telegraf", token);
  }

  private GrafanaDataSource.Builder influxQl(String user, String password) {
    return GrafanaDataSource.builder("ds1", "InfluxDB").url(influx.url()).influxQl("mydb", user, password);
  }

  private static String error(String message) {
    return "{\"message\":" + io.influxcheck.lab.http.GoJson.marshal(message) + ",\"status\":\"ERROR\"}";
  }

  @Test
  void fluxSendsClientGoRequestWithTheStoredToken() throws Exception {
    influx.answer("/api/v2/query", 200, "text/csv; charset=utf-8", BUCKETS_CSV);

    Http.Reply reply = health(flux("influx-token-1"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"message\":\"datasource is working. 3 buckets found\",\"status\":\"OK\"}");
    InfluxStub.Seen sent = influx.next();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/api/v2/query");
    assertThat(sent.query()).isEqualTo("org=acme");
    assertThat(sent.authorization()).isEqualTo("Token influx-token-1");
    assertThat(sent.contentType()).startsWith("application/json");
    assertThat(sent.body()).isEqualTo("{\"dialect\":{\"annotations\":[\"datatype\",\"group\",\"default\"],"
        + "\"delimiter\":\",\",\"header\":true},\"query\":\"buckets()\",\"type\":\"flux\"}");
  }

  @Test
  void flux2xUnauthorized() {
    influx.answer("/api/v2/query", 401, "application/json; charset=utf-8", "{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}");

    Http.Reply reply = health(flux("wrong"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo(error("unauthorized: unauthorized access error reading buckets"));
  }

  @Test
  void fluxWrongOrganization() {
    influx.answer("/api/v2/query", 400, "application/json; charset=utf-8",
        "{\"code\":\"invalid\",\"message\":\"failed to decode request body: organization name \\\"acme\\\" not found\"}");

    assertThat(health(flux("t")).body())
        .isEqualTo(error("invalid: failed to decode request body: organization name \"acme\" not found error reading buckets"));
  }

  @Test
  void fluxNoReadableBucketsHasTheTrailingSpace() {
    influx.answer("/api/v2/query", 200, "text/csv; charset=utf-8", "\r\n");

    Http.Reply reply = health(flux("t"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo(error("error getting flux query buckets "));
  }

  @Test
  void fluxMissingOrganizationSendsNothing() {
    Http.Reply reply = health(GrafanaDataSource.builder("ds1", "InfluxDB").url(influx.url())
        .json("version", "Flux").secret("token", "t"));

    assertThat(reply.body()).isEqualTo(error("missing organization in datasource configuration error performing flux query"));
    assertThat(influx.idle()).isTrue();
  }

  @Test
  void fluxAgainstInflux18IsUnexpectedStatusCode() {
    influx.answer("/api/v2/query", 401, "application/json", "{\"error\":\"unable to parse authentication credentials\"}\n",
        Map.of("WWW-Authenticate", "Basic realm=\"InfluxDB\""));

    assertThat(health(flux("t")).body()).isEqualTo(error("Unexpected status code 401 error reading buckets"));
  }

  @Test
  void fluxAgainstInflux3PlainNotFound() {
    influx.answer("/api/v2/query", 404, null, "Not found");

    assertThat(health(flux("t")).body()).isEqualTo(error("404 Not Found: Not found error reading buckets"));
  }

  @Test
  void fluxInBandErrorTable() {
    influx.answer("/api/v2/query", 200, "text/csv; charset=utf-8",
        "#datatype,string,string\r\n#group,true,true\r\n#default,,\r\n,error,reference\r\n,boom happened,897\r\n\r\n");

    assertThat(health(flux("t")).body()).isEqualTo(error("boom happened,897 error reading buckets"));
  }

  @Test
  void fluxGarbageBody() {
    influx.answer("/api/v2/query", 200, "text/html", "<html>,<body>\n");

    assertThat(health(flux("t")).body()).isEqualTo(error("parsing error, annotations not found error reading buckets"));
  }

  @Test
  void fluxConnectionRefusedIsGoDialError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Http.Reply reply = health(flux("t").url("http://127.0.0.1:" + closedPort));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo(error("Post \"http://127.0.0.1:" + closedPort + "/api/v2/query?org=acme\": dial tcp 127.0.0.1:"
        + closedPort + ": connect: connection refused error reading buckets"));
  }

  @Test
  void influxQlGetSendsBasicAuthFromUserAndPassword() throws Exception {
    influx.answer("/query", 200, "application/json",
        "{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"measurements\",\"columns\":[\"name\"],\"values\":[[\"cpu\"],[\"mem\"]]}]}]}\n");

    Http.Reply reply = health(influxQl("grafana", "s3cret"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"message\":\"datasource is working. 2 measurements found\",\"status\":\"OK\"}");
    InfluxStub.Seen sent = influx.next();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.query()).isEqualTo("db=mydb&epoch=ms&q=SHOW+measurements");
    assertThat(sent.authorization()).isEqualTo(basic("grafana", "s3cret"));
  }

  @Test
  void influxQlPostSendsTheQueryAsAForm() throws Exception {
    influx.answer("/query", 200, "application/json", "{\"results\":[{\"statement_id\":0}]}\n");

    Http.Reply reply = health(influxQl("grafana", "s3cret").json("httpMode", "POST"));

    assertThat(reply.body()).isEqualTo("{\"message\":\"datasource is working. 0 measurements found\",\"status\":\"OK\"}");
    InfluxStub.Seen sent = influx.next();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.query()).isEqualTo("db=mydb&epoch=ms");
    assertThat(sent.contentType()).startsWith("application/x-www-form-urlencoded");
    assertThat(sent.body()).isEqualTo("q=SHOW+measurements");
  }

  @Test
  void influxQlBasicAuthSettingWinsOverUser() throws Exception {
    influx.answer("/query", 200, "application/json", "{\"results\":[{\"statement_id\":0}]}\n");

    health(influxQl("grafana", "s3cret").basicAuth(true).basicAuthUser("proxyuser").secret("basicAuthPassword", "pp"));

    assertThat(influx.next().authorization()).isEqualTo(basic("proxyuser", "pp"));
  }

  @Test
  void customAuthorizationHeaderOverridesBasicAuth() throws Exception {
    influx.answer("/query", 200, "application/json", "{\"results\":[{\"statement_id\":0}]}\n");

    health(influxQl("grafana", "s3cret").customHeader(1, "Authorization", "Token v2-token"));

    assertThat(influx.next().authorization()).isEqualTo("Token v2-token");
  }

  @Test
  void influxQl1xWrongPassword() {
    influx.answer("/query", 401, "application/json", "{\"error\":\"authorization failed\"}\n");

    assertThat(health(influxQl("grafana", "bad")).body())
        .isEqualTo(error("InfluxDB returned error: authorization failed error reading influxDB"));
  }

  @Test
  void influxQl2xFallsBackToMessage() {
    influx.answer("/query", 401, "application/json; charset=utf-8", "{\"code\":\"unauthorized\",\"message\":\"Unauthorized\"}");

    assertThat(health(influxQl("grafana", "bad")).body())
        .isEqualTo(error("InfluxDB returned error: Unauthorized error reading influxDB"));
  }

  @Test
  void influxQlConnectionRefusedIsARequestError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Http.Reply reply = health(influxQl("u", "p").url("http://127.0.0.1:" + closedPort));

    assertThat(reply.body()).isEqualTo(error("Get \"http://127.0.0.1:" + closedPort
        + "/query?db=mydb&epoch=ms&q=SHOW+measurements\": dial tcp 127.0.0.1:" + closedPort
        + ": connect: connection refused error performing influxQL query"));
  }

  @Test
  void sqlSelectOneIsOk() throws Exception {
    influx.answer("/api/v3/query_sql", 200, "application/json", "[{\"Int64(1)\":1}]");

    Http.Reply reply = health(GrafanaDataSource.builder("ds1", "InfluxDB").url(influx.url()).sql("metrics", "apiv3_tok"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"message\":\"OK\",\"status\":\"OK\"}");
    InfluxStub.Seen sent = influx.next();
    assertThat(sent.authorization()).isEqualTo("Bearer apiv3_tok");
    assertThat(sent.body()).isEqualTo("{\"db\":\"metrics\",\"q\":\"select 1\",\"format\":\"json\"}");
  }

  @Test
  void sqlUnauthenticated() {
    influx.answer("/api/v3/query_sql", 401, null, "{\"error\": \"the request was not authenticated\"}");

    assertThat(health(GrafanaDataSource.builder("ds1", "InfluxDB").url(influx.url()).sql("metrics", "bad")).body())
        .isEqualTo(error("ERROR: rpc error: code = Unauthenticated desc = the request was not authenticated"));
  }

  @Test
  void unknownVersion() {
    assertThat(health(GrafanaDataSource.builder("ds1", "InfluxDB").url(influx.url()).json("version", "Flux2")).body())
        .isEqualTo(error("unknown influx version "));
  }

  @Test
  void unknownUidIsUnableToLoadMetadata() {
    Http.Reply reply = Http.get(grafana.url() + "/api/datasources/uid/nope/health", Http.bearer(TOKEN));

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.body()).isEqualTo("{\"message\":\"Unable to load datasource metadata\",\"traceID\":\"\"}");
  }

  @Test
  void invalidUid() {
    Http.Reply reply = Http.get(grafana.url() + "/api/datasources/uid/no$pe/health", Http.bearer(TOKEN));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"message\":\"UID is invalid\"}");
  }

  @Test
  void postWorksLikeGet() {
    influx.answer("/api/v2/query", 200, "text/csv; charset=utf-8", BUCKETS_CSV);
    state.add(flux("t").build());

    Http.Reply reply = Http.post(grafana.url() + "/api/datasources/uid/ds1/health", Http.bearer(TOKEN), "");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(state.healthCalls("ds1")).isEqualTo(1);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
