package io.influxcheck.lab.influx;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.lab.http.RecordedCall;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins sections A.1–A.3 (shapes, Flux errors, DBRP) and G rows 1–5, 9–11 for the 2.x simulator. */
class InfluxV2BehaviourTest {
  private InfluxV2State state;
  private InfluxV2Simulator influx;
  private V2Org org;
  private V2Bucket telegraf;
  private V2User admin;

  @BeforeEach
  void start() {
    state = new InfluxV2State();
    org = state.addOrg("myorg");
    telegraf = state.addBucket(org, "telegraf");
    admin = state.addUser("admin");
    state.addToken("canary-read-token", admin, org, V2Permission.read(V2Resource.bucket(telegraf)));
    state.addPoints(telegraf, List.of(
        Point.of("cpu", Map.of("host", "a"), "usage", 0.5, Instant.now().minusSeconds(60)),
        Point.of("cpu", Map.of("host", "b"), "usage", 2.0, Instant.now().minusSeconds(30))));
    influx = InfluxV2Simulator.start(state);
  }

  @AfterEach
  void stop() {
    influx.close();
  }

  private HttpResponse<String> flux(String query, String orgParams) {
    return Http.send(Http.flux(influx.url(), query, orgParams).header("Authorization", "Token canary-read-token"));
  }

  @Test
  void healthIsTheLiteralFormatStringWithSpacesAndNewline() {
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/health"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"name\":\"influxdb\", \"message\":\"ready for queries and writes\", \"status\":\"pass\", \"checks\":[], "
        + "\"version\": \"v2.7.12\", \"commit\": \"ec9dcde5d6\"}\n");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
  }

  @Test
  void pingIs204WithoutAuthForGetAndHead() {
    HttpResponse<String> get = Http.send(Http.get(influx.url(), "/ping"));
    HttpResponse<String> head = Http.send(Http.get(influx.url(), "/ping").method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(get.statusCode()).isEqualTo(204);
    assertThat(get.body()).isEmpty();
    assertThat(head.statusCode()).isEqualTo(204);
    assertThat(get.headers().firstValue("X-Influxdb-Version")).hasValue("v2.7.12");
    assertThat(get.headers().firstValue("X-Influxdb-Build")).hasValue("OSS");
  }

  @Test
  void readyIsFourSpaceIndented() {
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/ready"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\n    \"status\": \"ready\",\n    \"started\": \"").endsWith("\"\n}\n");
  }

  @Test
  void apiRootNeedsNoAuth() {
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/api/v2"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"buckets\":\"/api/v2/buckets\"").endsWith("}\n");
  }

  @Test
  void unknownOrgOnBucketsIs404TabPretty() {
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/api/v2/buckets?org=nope").header("Authorization", "Token canary-read-token"));
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\n\t\"code\": \"not found\",\n\t\"message\": \"organization name \\\"nope\\\" not found\"\n}");
    assertThat(response.headers().firstValue("X-Platform-Error-Code")).hasValue("not found");
  }

  @Test
  void bucketNameProbeDistinguishesMissingFromUnreadable() {
    state.addBucket(org, "secret");
    HttpResponse<String> missing = Http.send(Http.get(influx.url(), "/api/v2/buckets?org=myorg&name=nope").header("Authorization", "Token canary-read-token"));
    HttpResponse<String> unreadable = Http.send(Http.get(influx.url(), "/api/v2/buckets?org=myorg&name=secret").header("Authorization", "Token canary-read-token"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("{\n\t\"code\": \"not found\",\n\t\"message\": \"bucket \\\"nope\\\" not found\"\n}");
    assertThat(unreadable.statusCode()).isEqualTo(200);
    assertThat(unreadable.body()).contains("\"buckets\": []");
  }

  @Test
  void bucketListIsFilteredToReadableBuckets() {
    state.addBucket(org, "secret");
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/api/v2/buckets?org=myorg").header("Authorization", "Token canary-read-token"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"name\": \"telegraf\"").doesNotContain("secret").doesNotContain("_monitoring")
        // Go's encoder escapes '&' (json.Marshal HTML-safe escaping), so the real server writes \u0026 too.
        .contains("\"self\": \"/api/v2/buckets?descending=false\\u0026limit=20\\u0026offset=0\\u0026org=myorg\"");
  }

  @Test
  void fluxBucketsListsReadableBucketsAsAnnotatedCsv() {
    HttpResponse<String> response = flux("buckets()", "org=myorg");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(response.body()).isEqualTo("#datatype,string,long,string,string,string,string,long\r\n"
        + "#group,false,false,false,false,false,false,false\r\n"
        + "#default,_result,,,,,,\r\n"
        + ",result,table,name,id,organizationID,retentionPolicy,retentionPeriod\r\n"
        + ",,0,telegraf," + telegraf.id() + "," + org.id() + ",,0\r\n"
        + "\r\n");
  }

  @Test
  void fluxFromReturnsOneTablePerSeries() {
    HttpResponse<String> response = flux("from(bucket: \"telegraf\") |> range(start: -1h) |> filter(fn: (r) => r._measurement == \"cpu\" and r.host == \"b\")", "org=myorg");
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> lines = List.of(response.body().split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,double,string,string,string");
    assertThat(lines.get(3)).isEqualTo(",result,table,_start,_stop,_time,_value,_field,_measurement,host");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(4)).endsWith(",2,usage,cpu,b");
  }

  @Test
  void missingOrUnreadableBucketIs404CouldNotFindBucket() {
    state.addBucket(org, "secret");
    String expected = "{\"code\":\"not found\",\"message\":\"failed to initialize execute state: could not find bucket \\\"%s\\\"\"}";
    for (String bucket : List.of("nope", "secret")) {
      HttpResponse<String> response = flux("from(bucket: \"" + bucket + "\") |> range(start: -1h)", "org=myorg");
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo(String.format(expected, bucket));
    }
  }

  @Test
  void orgErrorsOnQueryAre400Compact() {
    assertThat(flux("buckets()", "org=nope").body())
        .isEqualTo("{\"code\":\"invalid\",\"message\":\"failed to decode request body: organization name \\\"nope\\\" not found\"}");
    assertThat(flux("buckets()", "org=0000000000000abc").body())
        .isEqualTo("{\"code\":\"invalid\",\"message\":\"failed to decode request body: organization not found\"}");
    HttpResponse<String> none = flux("buckets()", "");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).isEqualTo("{\"code\":\"invalid\",\"message\":\"failed to decode request body: Please provide either orgID or org\"}");
  }

  @Test
  void inactiveTokenGetsAnEmptyBucketsTable() {
    state.setTokenStatus(state.authorizationByToken("canary-read-token").orElseThrow(), V2Status.INACTIVE);
    HttpResponse<String> response = flux("buckets()", "org=myorg");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).endsWith(",result,table,name,id,organizationID,retentionPolicy,retentionPeriod\r\n\r\n");
  }

  @Test
  void largeFluxAnswersAreGzippedWhenAccepted() throws IOException {
    List<Point> many = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      many.add(Point.of("mem", Map.of("host", "h" + i), "used", (long) i, Instant.now().minusSeconds(10)));
    }
    state.addPoints(telegraf, many);
    HttpResponse<byte[]> response = Http.sendBytes(Http.flux(influx.url(), "from(bucket:\"telegraf\") |> range(start: -1h)", "org=myorg")
        .header("Authorization", "Token canary-read-token").header("Accept-Encoding", "gzip"));
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String csv = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("#datatype").hasSizeGreaterThan(V2FluxQueryApi.GZIP_MIN_SIZE);
    HttpResponse<byte[]> small = Http.sendBytes(Http.flux(influx.url(), "from(bucket:\"nope\")", "org=myorg")
        .header("Authorization", "Token canary-read-token").header("Accept-Encoding", "gzip"));
    assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void unmappedDatabaseShowMeasurementsIsAnEmptySuccessAndSelectIsDatabaseNotFound() {
    HttpResponse<String> show = Http.send(Http.get(influx.url(), "/query?db=mydb&epoch=ms&q=SHOW+MEASUREMENTS").header("Authorization", "Token canary-read-token"));
    assertThat(show.statusCode()).isEqualTo(200);
    assertThat(show.body()).isEqualTo("{\"results\":[{\"statement_id\":0}]}\n");
    HttpResponse<String> select = Http.send(Http.post(influx.url(), "/query?db=mydb&epoch=ms", "application/x-www-form-urlencoded", "q=SELECT+*+FROM+cpu")
        .header("Authorization", "Token canary-read-token"));
    assertThat(select.statusCode()).isEqualTo(200);
    assertThat(select.body()).isEqualTo("{\"results\":[{\"statement_id\":0,\"error\":\"database not found: mydb\"}]}\n");
  }

  @Test
  void explicitDbrpMappingMakesTheDatabaseQueryable() {
    state.addDbrp(telegraf, "mydb", "autogen", true);
    HttpResponse<String> select = Http.send(Http.get(influx.url(), "/query?db=mydb&epoch=ms&q=SELECT+usage+FROM+cpu").header("Authorization", "Token canary-read-token"));
    assertThat(select.statusCode()).isEqualTo(200);
    assertThat(select.body()).startsWith("{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"cpu\",\"columns\":[\"time\",\"usage\"],\"values\":[[")
        .contains(",0.5],[").contains(",2]]");
    HttpResponse<String> dbrps = Http.send(Http.get(influx.url(), "/api/v2/dbrps?orgID=" + org.id() + "&db=mydb").header("Authorization", "Token canary-read-token"));
    assertThat(dbrps.statusCode()).isEqualTo(200);
    assertThat(dbrps.body()).contains("\"database\": \"mydb\"").contains("\"virtual\": false").contains("\"bucketID\": \"" + telegraf.id() + "\"");
  }

  @Test
  void virtualMappingServesTheBucketNameAsDatabase() {
    HttpResponse<String> show = Http.send(Http.get(influx.url(), "/query?db=telegraf&q=SHOW+MEASUREMENTS").header("Authorization", "Token canary-read-token"));
    assertThat(show.body()).isEqualTo("{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"measurements\",\"columns\":[\"name\"],\"values\":[[\"cpu\"]]}]}]}\n");
  }

  @Test
  void callsAreRecordedAndTheirToStringHidesTheToken() {
    flux("buckets()", "org=myorg");
    RecordedCall call = influx.calls().take(Duration.ofSeconds(5));
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.path()).isEqualTo("/api/v2/query");
    assertThat(call.query("org")).hasValue("myorg");
    assertThat(call.authorization()).hasValue("Token canary-read-token");
    assertThat(call.toString()).doesNotContain("canary").contains("Token <redacted 17 chars>");
  }
}
