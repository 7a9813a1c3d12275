package io.influxcheck.lab.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.influxcheck.lab.fault.DeadEndpoints;
import io.influxcheck.lab.fault.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Grafana simulator misbehaving the ways a real Grafana (or what sits in front of it) does, so the
 * Grafana-side diagnosis can be tested for GRAFANA_UNREACHABLE and friends: nothing listening, a request
 * that is never answered, an HTML page from a proxy, a 5xx, a body that is not JSON, a cut connection.
 */
class GrafanaFaultTest {
  private static final String TOKEN = "glsa_faults000000000000000000000000000_00000000";
  private static final String DS_HEALTH = "/api/datasources/uid/influx-prod/health";

  private GrafanaState state;
  private GrafanaSimulator grafana;

  @BeforeEach
  void start() {
    state = new GrafanaState().add(ServiceAccount.admin("bot", TOKEN))
        .add(GrafanaDataSource.builder("influx-prod", "InfluxDB").url(DeadEndpoints.refusingUrl().toString())
            .flux("acme", "telegraf", "canary-influx-token").build());
    grafana = GrafanaSimulator.start(state);
  }

  @AfterEach
  void stop() {
    grafana.close();
  }

  @Test
  void nothingListeningRefusesTheConnection() {
    String url = DeadEndpoints.refusingUrl() + "/api/health";

    assertThatThrownBy(() -> Http.get(url, null)).hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void aClosedSimulatorRefusesTheConnection() {
    String url = grafana.url() + "/api/health";
    assertThat(Http.get(url, null).status()).isEqualTo(200);

    grafana.close();

    assertThatThrownBy(() -> Http.get(url, null)).hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void aStallNeverAnswersSoTheClientTimesOut() {
    grafana.faults().setAll(Fault.Stall.forever());
    OkHttpClient impatient = Http.CLIENT.newBuilder().readTimeout(Duration.ofMillis(300)).build();

    assertThatThrownBy(() -> execute(impatient, grafana.url() + "/api/health")).isInstanceOf(SocketTimeoutException.class);
    assertThat(grafana.calls().take(Duration.ofSeconds(5)).path()).isEqualTo("/api/health");
  }

  @Test
  void closingCutsAStalledRequestOff() throws Exception {
    grafana.faults().setFor(DS_HEALTH, Fault.Stall.forever());
    CompletableFuture<Http.Reply> stalled = CompletableFuture.supplyAsync(() -> Http.get(grafana.url() + DS_HEALTH, Http.bearer(TOKEN)));
    assertThat(grafana.calls().take(Duration.ofSeconds(5)).path()).isEqualTo(DS_HEALTH);

    grafana.close();

    assertThatThrownBy(() -> stalled.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
  }

  @Test
  void aProxyErrorPageInsteadOfGrafana() {
    grafana.faults().setAll(Fault.HtmlProxyPage.nginxBadGateway());

    Http.Reply reply = Http.get(grafana.url() + "/api/health", null);

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.contentType()).isEqualTo("text/html");
    assertThat(reply.body()).contains("<title>502 Bad Gateway</title>").contains("nginx/1.25.3");
  }

  /** A single-sign-on proxy answers 200 with its login page: a success status that is not Grafana. */
  @Test
  void aLoginPageAnswers200WithHtml() {
    grafana.faults().setAll(Fault.HtmlProxyPage.loginPage());

    Http.Reply reply = Http.get(grafana.url() + "/api/health", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("text/html");
    assertThat(reply.body()).startsWith("<!DOCTYPE html>").contains("Sign in with SSO");
    assertThatThrownBy(() -> Http.JSON.readTree(reply.body())).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void aServerErrorOnOnePathLeavesTheRestOfGrafanaWorking() {
    grafana.faults().setFor(DS_HEALTH, Fault.ServerError.serviceUnavailable());

    Http.Reply health = Http.get(grafana.url() + DS_HEALTH, Http.bearer(TOKEN));
    Http.Reply apiHealth = Http.get(grafana.url() + "/api/health", null);
    Http.Reply dataSource = Http.get(grafana.url() + "/api/datasources/uid/influx-prod", Http.bearer(TOKEN));

    assertThat(health.status()).isEqualTo(503);
    assertThat(health.contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(health.body()).startsWith("upstream connect error or disconnect/reset before headers");
    assertThat(apiHealth.status()).isEqualTo(200);
    assertThat(dataSource.status()).isEqualTo(200);
    assertThat(state.healthCalls("influx-prod")).as("the faulted request never reached Grafana's health route").isZero();
  }

  @Test
  void anInternalServerError() {
    grafana.faults().setAll(Fault.ServerError.internal());

    Http.Reply reply = Http.get(grafana.url() + "/api/datasources", Http.bearer(TOKEN));

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.body()).isEqualTo("Internal Server Error\n");
  }

  @Test
  void garbageAnnouncedAsJson() {
    grafana.faults().setFor("/api/health", Fault.GarbageJson.gzipWithoutHeader());

    Http.Reply reply = Http.get(grafana.url() + "/api/health", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/json; charset=utf-8");
    assertThat(reply.body().charAt(0)).isEqualTo('\u001f');
    assertThatThrownBy(() -> Http.JSON.readTree(reply.body())).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void aTruncatedBodyFailsWhileReading() {
    grafana.faults().setFor(DS_HEALTH, new Fault.TruncatedBody());

    assertThatThrownBy(() -> execute(Http.CLIENT, grafana.url() + DS_HEALTH)).isInstanceOf(IOException.class);
  }

  @Test
  void aConnectionClosedAfterTheHeadersFailsWhileReading() {
    grafana.faults().setAll(new Fault.CloseAfterHeaders());

    assertThatThrownBy(() -> execute(Http.CLIENT, grafana.url() + "/api/health")).isInstanceOf(IOException.class);
  }

  /** A client that caps what it reads sees the announced size and can stop early. */
  @Test
  void aHugeBodyAnnouncesItsSizeAndCanBeAbandoned() throws IOException {
    grafana.faults().setAll(new Fault.HugeBody(8L * 1024 * 1024));

    try (Response response = Http.CLIENT.newCall(new Request.Builder().url(grafana.url() + "/api/health").build()).execute();
         InputStream body = response.body().byteStream()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Length")).isEqualTo(Long.toString(8L * 1024 * 1024));
      assertThat(body.readNBytes(64 * 1024)).hasSize(64 * 1024).startsWith((byte) '[');
    }
  }

  @Test
  void clearingTheFaultsRestoresGrafana() {
    grafana.faults().setAll(Fault.ServerError.internal());
    assertThat(Http.get(grafana.url() + "/api/health", null).status()).isEqualTo(500);

    grafana.faults().clear();

    Http.Reply reply = Http.get(grafana.url() + "/api/health", null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("\"database\": \"ok\"");
  }

  private static String execute(OkHttpClient client, String url) throws IOException {
    try (Response response = client.newCall(new Request.Builder().url(url).header("Authorization", Http.bearer(TOKEN)).build()).execute()) {
      return response.body().string();
    }
  }
}
