package io.influxcheck.lab.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pins section B (ping, health, Flux endpoint) and G row 7 for the 1.x simulator. */
class Influx1BehaviourTest {
  private Influx1Simulator influx;

  private Influx1Simulator start(Influx1Mode mode) {
    Influx1State state = new Influx1State(mode);
    state.addUser("admin", "canary-admin-pw", true);
    state.addDatabase("mydb");
    influx = Influx1Simulator.start(state);
    return influx;
  }

  @AfterEach
  void stop() {
    influx.close();
  }

  @Test
  void pingIs204AndVerbosePingIs200JsonOn18() {
    start(Influx1Mode.V1_8);
    assertThat(Http.send(Http.get(influx.url(), "/ping")).statusCode()).isEqualTo(204);
    HttpResponse<String> verbose = Http.send(Http.get(influx.url(), "/ping?verbose=true"));
    assertThat(verbose.statusCode()).isEqualTo(200);
    assertThat(verbose.body()).isEqualTo("{\"version\":\"1.8.10\"}");
    assertThat(verbose.headers().firstValue("X-Influxdb-Version")).hasValue("1.8.10");
  }

  @Test
  void verbosePingIsStill204On16() {
    start(Influx1Mode.V1_6);
    assertThat(Http.send(Http.get(influx.url(), "/ping?verbose=true")).statusCode()).isEqualTo(204);
  }

  @Test
  void healthOn18HasSortedKeysAndTheTextPlainQuirk() {
    start(Influx1Mode.V1_8);
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/health"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"checks\":[],\"message\":\"ready for queries and writes\",\"name\":\"influxdb\",\"status\":\"pass\",\"version\":\"1.8.10\"}");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
  }

  @Test
  void healthAndFluxAreMissingOn16() {
    start(Influx1Mode.V1_6);
    assertThat(Http.send(Http.get(influx.url(), "/health")).statusCode()).isEqualTo(404);
    HttpResponse<String> flux = Http.send(Http.flux(influx.url(), "buckets()", "org=x").header("Authorization", "Token admin:canary-admin-pw"));
    assertThat(flux.statusCode()).isEqualTo(404);
    assertThat(flux.body()).isEqualTo("404 page not found\n");
  }

  @Test
  void fluxDisabledIs403TextPlainAfterAuthentication() {
    start(Influx1Mode.V1_8);
    HttpResponse<String> response = Http.send(Http.flux(influx.url(), "buckets()", "org=x").header("Authorization", "Token admin:canary-admin-pw"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("Flux query service disabled. Verify flux-enabled=true in the [http] section of the InfluxDB config.\n");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
  }

  @Test
  void fluxWithA2xStyleTokenIs401UnableToParse() {
    start(Influx1Mode.V1_8).state().fluxEnabled(true);
    HttpResponse<String> response = Http.send(Http.flux(influx.url(), "buckets()", "org=x").header("Authorization", "Token canary-apitoken"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"error\":\"unable to parse authentication credentials\"}\n");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"InfluxDB\"");
  }

  @Test
  void fluxEnabledWithUserPasswordTokenAnswersCsv() {
    start(Influx1Mode.V1_8).state().fluxEnabled(true);
    HttpResponse<String> response = Http.send(Http.flux(influx.url(), "buckets()", "org=x").header("Authorization", "Token admin:canary-admin-pw"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(",,0,mydb/autogen,");
  }

  @Test
  void clientRequestIdIsEchoed() {
    start(Influx1Mode.V1_8);
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/ping").header("X-Request-Id", "my-trace-1"));
    assertThat(response.headers().firstValue("Request-Id")).hasValue("my-trace-1");
    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("my-trace-1");
  }
}
