package io.influxcheck.lab.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator as the bot uses it end to end: a wrong stored token fails the health check, a PUT
 * through the API stores the right one and the next health check passes. Also: stored secrets never
 * leave the simulator, and a test can hold health checks open.
 */
class FixThroughApiTest {
  private static final String GRAFANA_TOKEN = "glsa_canaryGrafanaToken000000000000000_00000000";
  private static final String GOOD_INFLUX_TOKEN = "canary-influx-good-token";
  private static final String BAD_INFLUX_TOKEN = "canary-influx-stale-token";

  private InfluxStub influx;
  private GrafanaState state;
  private GrafanaSimulator grafana;

  @BeforeEach
  void start() throws IOException {
    influx = new InfluxStub().respond("/api/v2/query", seen -> ("Token " + GOOD_INFLUX_TOKEN).equals(seen.authorization())
        ? new InfluxStub.Answer(200, "text/csv; charset=utf-8", HealthCheckTest.BUCKETS_CSV, Map.of())
        : new InfluxStub.Answer(401, "application/json; charset=utf-8",
            "{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}", Map.of()));
    state = new GrafanaState().add(ServiceAccount.admin("influx-check", GRAFANA_TOKEN))
        .add(GrafanaDataSource.builder("influx-prod", "InfluxDB").url(influx.url())
            .flux("acme", "telegraf", BAD_INFLUX_TOKEN)
            .secret("password", "canary-influx-password").customHeader(1, "X-Extra", "canary-header-value").build());
    grafana = GrafanaSimulator.start(state);
  }

  @AfterEach
  void stop() {
    grafana.close();
    influx.close();
  }

  private Http.Reply health() {
    return Http.get(grafana.url() + "/api/datasources/uid/influx-prod/health", Http.bearer(GRAFANA_TOKEN));
  }

  @Test
  void puttingTheRightTokenTurnsTheNextHealthCheckGreen() throws Exception {
    Http.Reply before = health();
    assertThat(before.status()).isEqualTo(400);
    assertThat(before.body())
        .isEqualTo("{\"message\":\"unauthorized: unauthorized access error reading buckets\",\"status\":\"ERROR\"}");

    String current = Http.get(grafana.url() + "/api/datasources/uid/influx-prod", Http.bearer(GRAFANA_TOKEN)).body();
    com.fasterxml.jackson.databind.node.ObjectNode update = (com.fasterxml.jackson.databind.node.ObjectNode) Http.JSON.readTree(current);
    update.putObject("secureJsonData").put("token", GOOD_INFLUX_TOKEN);
    Http.Reply put = Http.put(grafana.url() + "/api/datasources/uid/influx-prod", Http.bearer(GRAFANA_TOKEN), update.toString());
    assertThat(put.status()).isEqualTo(200);

    Http.Reply after = health();
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.body()).isEqualTo("{\"message\":\"datasource is working. 3 buckets found\",\"status\":\"OK\"}");
    assertThat(state.healthCalls("influx-prod")).isEqualTo(2);
  }

  @Test
  void storedSecretsAppearInNoResponseBodyAndNoToString() throws Exception {
    List<String> bodies = new ArrayList<>();
    String auth = Http.bearer(GRAFANA_TOKEN);
    bodies.add(Http.get(grafana.url() + "/api/datasources", auth).body());
    bodies.add(Http.get(grafana.url() + "/api/datasources/uid/influx-prod", auth).body());
    bodies.add(Http.get(grafana.url() + "/api/datasources/name/InfluxDB", auth).body());
    bodies.add(health().body());
    bodies.add(Http.post(grafana.url() + "/api/ds/query", auth, "{\"from\":\"now-1h\",\"to\":\"now\",\"queries\":[{\"refId\":\"A\","
        + "\"datasource\":{\"uid\":\"influx-prod\"},\"query\":\"buckets()\"}]}").body());
    bodies.add(Http.put(grafana.url() + "/api/datasources/uid/influx-prod", auth, "{\"name\":\"InfluxDB\",\"type\":\"influxdb\","
        + "\"access\":\"proxy\",\"url\":\"" + influx.url() + "\",\"jsonData\":{\"version\":\"Flux\",\"organization\":\"acme\"},"
        + "\"secureJsonData\":{\"token\":\"" + GOOD_INFLUX_TOKEN + "\"}}").body());
    bodies.add(health().body());
    bodies.add(Http.get(grafana.url() + "/api/datasources", Http.bearer("glsa_wrong")).body());
    bodies.add(Http.get(grafana.url() + "/api/datasources/proxy/uid/influx-prod/api/v2/query", auth).body());

    assertThat(bodies.get(6)).contains("datasource is working");
    List<String> shown = new ArrayList<>(bodies);
    state.calls().forEach(call -> shown.add(call.toString()));
    shown.add(state.dataSource("influx-prod").orElseThrow().toString());
    shown.add(state.toString());
    for (String text : shown) {
      assertThat(text).doesNotContain("canary");
    }
  }

  @Test
  void heldHealthChecksAreCountedOnArrivalAndAnswerAfterRelease() throws Exception {
    HealthGate gate = state.holdHealthChecks();
    CompletableFuture<Http.Reply> first = CompletableFuture.supplyAsync(this::health);
    CompletableFuture<Http.Reply> second = CompletableFuture.supplyAsync(this::health);

    assertThat(gate.awaitHeld(2, Duration.ofSeconds(10))).isTrue();
    assertThat(state.healthCalls("influx-prod")).isEqualTo(2);
    assertThat(first).isNotDone();

    gate.release();
    assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(400);
    assertThat(second.get(10, TimeUnit.SECONDS).status()).isEqualTo(400);
  }

  @Test
  void closingReleasesAHeldHealthCheck() throws Exception {
    HealthGate gate = state.holdHealthChecks();
    CompletableFuture<Http.Reply> held = CompletableFuture.supplyAsync(this::health);
    assertThat(gate.awaitHeld(1, Duration.ofSeconds(10))).isTrue();

    grafana.close();

    assertThatThrownBy(() -> held.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
  }
}
