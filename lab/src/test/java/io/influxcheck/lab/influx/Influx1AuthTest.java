package io.influxcheck.lab.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pins section B of the research: every row of the 1.x authentication table, for 1.8 and 1.6. */
class Influx1AuthTest {
  private Influx1Simulator influx;

  private Influx1Simulator start(Influx1Mode mode) {
    Influx1State state = new Influx1State(mode);
    state.addUser("admin", "canary-admin-pw", true);
    state.addUser("bob", "canary-bob-pw", false);
    state.addUser("reader", "canary-reader-pw", false);
    state.grant("reader", "mydb", Influx1Privilege.READ);
    state.addPoints("mydb", List.of(Point.of("cpu", Map.of("host", "a"), "usage", 1.0, Instant.parse("2024-01-15T10:00:00Z"))));
    influx = Influx1Simulator.start(state);
    return influx;
  }

  @AfterEach
  void stop() {
    if (influx != null) {
      influx.close();
    }
  }

  private HttpResponse<String> showMeasurements(String authorization, String extraQuery) {
    var request = Http.get(influx.url(), "/query?db=mydb&epoch=ms&q=SHOW%20measurements" + extraQuery);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return Http.send(request);
  }

  private static void assert401(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"error\":\"" + message + "\"}\n");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"InfluxDB\"");
    assertThat(response.headers().firstValue("X-InfluxDB-Error")).isEmpty();
    assertCommonHeaders(response);
  }

  private static void assertCommonHeaders(HttpResponse<?> response) {
    assertThat(response.headers().firstValue("X-Influxdb-Build")).hasValue("OSS");
    assertThat(response.headers().firstValue("X-Influxdb-Version")).isPresent();
    assertThat(response.headers().firstValue("Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    assertThat(response.headers().firstValue("X-Request-Id")).isEqualTo(response.headers().firstValue("Request-Id"));
  }

  @Test
  void noCredentialsIs401UnableToParse() {
    start(Influx1Mode.V1_8);
    assert401(showMeasurements(null, ""), "unable to parse authentication credentials");
  }

  @Test
  void emptyUsernameIs401UsernameRequired() {
    start(Influx1Mode.V1_8);
    assert401(showMeasurements(Http.basic("", "canary-x"), ""), "username required");
  }

  @Test
  void wrongPasswordIs401AuthorizationFailed() {
    start(Influx1Mode.V1_8);
    assert401(showMeasurements(Http.basic("reader", "canary-wrong"), ""), "authorization failed");
    assert401(showMeasurements(null, "&u=nobody&p=canary-wrong"), "authorization failed");
  }

  @Test
  void bearerWithoutSharedSecretIs401BearerAuthDisabled() {
    start(Influx1Mode.V1_8);
    assert401(showMeasurements("Bearer eyJhbGciOiJIUzI1NiJ9.e30.x", ""), "bearer auth disabled");
  }

  @Test
  void v2StyleTokenIs401UnableToParseOn18() {
    start(Influx1Mode.V1_8);
    assert401(showMeasurements("Token canary-apitoken", ""), "unable to parse authentication credentials");
  }

  @Test
  void tokenUserPasswordWorksOn18Only() {
    start(Influx1Mode.V1_8);
    assertThat(showMeasurements("Token reader:canary-reader-pw", "").statusCode()).isEqualTo(200);
    influx.close();
    start(Influx1Mode.V1_6);
    assert401(showMeasurements("Token reader:canary-reader-pw", ""), "unable to parse authentication credentials");
  }

  @Test
  void userWithoutReadIs403WithTheCanonicalStatement() {
    start(Influx1Mode.V1_8);
    HttpResponse<String> response = showMeasurements(Http.basic("bob", "canary-bob-pw"), "");
    String message = "error authorizing query: bob not authorized to execute statement 'SHOW MEASUREMENTS', requires READ on mydb";
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"error\":\"" + message + "\"}\n");
    assertThat(response.headers().firstValue("X-InfluxDB-Error")).hasValue(message);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void readerGetsMeasurements() {
    start(Influx1Mode.V1_6);
    HttpResponse<String> response = showMeasurements(Http.basic("reader", "canary-reader-pw"), "");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"measurements\",\"columns\":[\"name\"],\"values\":[[\"cpu\"]]}]}]}\n");
  }

  @Test
  void authEnabledWithoutUsersIs403CreateAdminFirst() {
    Influx1State state = new Influx1State(Influx1Mode.V1_8);
    influx = Influx1Simulator.start(state);
    HttpResponse<String> response = showMeasurements(Http.basic("x", "canary-y"), "");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"error\":\"error authorizing query: create admin user first or disable authentication\"}\n");
  }

  @Test
  void authDisabledAcceptsAnyCredentials() {
    start(Influx1Mode.V1_8).state().authEnabled(false);
    assertThat(showMeasurements(Http.basic("reader", "canary-wrong"), "").statusCode()).isEqualTo(200);
    assertThat(showMeasurements(null, "").statusCode()).isEqualTo(200);
  }

  @Test
  void selectOnMissingDatabaseIs200DatabaseNotFound() {
    start(Influx1Mode.V1_8);
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/query?db=nope&q=SELECT%20*%20FROM%20cpu").header("Authorization", Http.basic("admin", "canary-admin-pw")));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"results\":[{\"statement_id\":0,\"error\":\"database not found: nope\"}]}\n");
  }

  @Test
  void showMeasurementsOnMissingDatabaseIs200Empty() {
    start(Influx1Mode.V1_8);
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/query?db=nope&q=SHOW%20MEASUREMENTS").header("Authorization", Http.basic("admin", "canary-admin-pw")));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"results\":[{\"statement_id\":0}]}\n");
  }
}
