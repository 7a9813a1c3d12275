package io.influxcheck.lab.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.influxcheck.lab.http.SimResponse;
import io.influxcheck.lab.http.SimServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault produces the client-side symptom the diagnosis classifies. */
class FaultTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private SimServer server;

  @BeforeEach
  void start() {
    server = SimServer.start("fault-test", request -> SimResponse.of(200, "application/json", "{\"ok\":true}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpRequest get(String path, Duration timeout) {
    return HttpRequest.newBuilder(server.url().resolve(path)).timeout(timeout).GET().build();
  }

  private HttpResponse<String> send(String path) throws IOException, InterruptedException {
    return CLIENT.send(get(path, Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void stallForeverTimesTheClientOut() {
    server.faults().setAll(Fault.Stall.forever());
    assertThatThrownBy(() -> CLIENT.send(get("/ping", Duration.ofMillis(300)), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void finiteStallAnswersNormallyAfterTheDelay() throws Exception {
    server.faults().setFor("/slow", Fault.Stall.of(Duration.ofMillis(200)));
    assertThat(send("/slow").body()).isEqualTo("{\"ok\":true}");
    assertThatThrownBy(() -> CLIENT.send(get("/slow", Duration.ofMillis(50)), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void pathFaultLeavesOtherPathsAlone() throws Exception {
    server.faults().setFor("/query", Fault.ServerError.internal());
    assertThat(send("/query").statusCode()).isEqualTo(500);
    assertThat(send("/ping").statusCode()).isEqualTo(200);
    server.faults().clear();
    assertThat(send("/query").statusCode()).isEqualTo(200);
  }

  @Test
  void closeAfterHeadersBreaksTheBodyRead() {
    server.faults().setAll(new Fault.CloseAfterHeaders());
    assertThatThrownBy(() -> send("/query")).isInstanceOf(IOException.class);
  }

  @Test
  void truncatedBodyBreaksTheBodyRead() {
    server.faults().setAll(new Fault.TruncatedBody());
    assertThatThrownBy(() -> send("/query")).isInstanceOf(IOException.class);
  }

  @Test
  void htmlProxyPages() throws Exception {
    server.faults().setAll(Fault.HtmlProxyPage.nginxBadGateway());
    HttpResponse<String> bad = send("/api/v2/query");
    assertThat(bad.statusCode()).isEqualTo(502);
    assertThat(bad.headers().firstValue("Content-Type")).hasValue("text/html");
    assertThat(bad.body()).contains("<title>502 Bad Gateway</title>");
    server.faults().setAll(Fault.HtmlProxyPage.loginPage());
    HttpResponse<String> login = send("/api/v2/query");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Sign in");
  }

  @Test
  void garbageJsonIsNotJson() throws Exception {
    server.faults().setAll(Fault.GarbageJson.gzipWithoutHeader());
    HttpResponse<byte[]> response = CLIENT.send(get("/query", Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(response.body()[0]).isEqualTo((byte) 0x1f);
  }

  @Test
  void hugeBodyAnnouncesItsSizeAndStreams() throws Exception {
    server.faults().setAll(Fault.HugeBody.fiftyMegabytes());
    HttpResponse<InputStream> response = CLIENT.send(get("/query", Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(50L * 1024 * 1024);
    try (InputStream body = response.body()) {
      byte[] firstMegabyte = body.readNBytes(1024 * 1024);
      assertThat(firstMegabyte).hasSize(1024 * 1024);
      assertThat(new String(firstMegabyte, 0, 20, StandardCharsets.US_ASCII)).startsWith("[{\"name\":\"padding\"");
    }
  }

  @Test
  void refusingUrlRefuses() {
    URI refusing = DeadEndpoints.refusingUrl();
    assertThat(refusing.getHost()).isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> CLIENT.send(HttpRequest.newBuilder(refusing.resolve("/ping")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void httpsToAPlainHttpServerFailsTheHandshake() throws Exception {
    try (RawSocketServer plain = DeadEndpoints.tlsMismatch()) {
      assertThatThrownBy(() -> CLIENT.send(HttpRequest.newBuilder(plain.httpsUrl().resolve("/ping")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(SSLException.class);
      HttpResponse<String> overHttp = CLIENT.send(HttpRequest.newBuilder(plain.httpUrl().resolve("/ping")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(overHttp.statusCode()).isEqualTo(400);
    }
  }

  @Test
  void rawGarbageServerIsNotHttp() {
    try (RawSocketServer garbage = RawSocketServer.start(RawSocketServer.Behaviour.GARBAGE)) {
      assertThatThrownBy(() -> CLIENT.send(HttpRequest.newBuilder(garbage.httpUrl().resolve("/ping")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(IOException.class);
      assertThatThrownBy(() -> CLIENT.send(HttpRequest.newBuilder(garbage.httpsUrl().resolve("/ping")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(SSLException.class);
    }
  }

  @Test
  void silentServerTimesOutAfterConnecting() {
    try (RawSocketServer silent = RawSocketServer.start(RawSocketServer.Behaviour.SILENT)) {
      assertThatThrownBy(() -> CLIENT.send(HttpRequest.newBuilder(silent.httpUrl().resolve("/ping")).timeout(Duration.ofMillis(300)).build(), HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(HttpTimeoutException.class);
      assertThat(silent.acceptedConnections()).isEqualTo(1);
    }
  }

  @Test
  void closeReleasesAStalledRequestPromptly() throws Exception {
    server.faults().setAll(Fault.Stall.forever());
    CompletableFuture<HttpResponse<String>> inFlight = CLIENT.sendAsync(get("/stalled", Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
    server.calls().take(Duration.ofSeconds(5));
    server.close();
    assertThatThrownBy(() -> inFlight.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class);
    assertThatThrownBy(() -> send("/ping")).isInstanceOf(ConnectException.class);
  }
}
