package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.Diagnosis.codes;
import static io.influxcheck.core.diagnosis.Diagnosis.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.report.Report;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the diagnosis says when the server misbehaves: nothing listening, silence, garbage, huge or cut bodies, TLS. */
class FaultDiagnosisTest {
  private static final String TOKEN = "fault-test-token-000000000000000000";
  private static final String PING_204 = "HTTP/1.1 204 No Content\r\nX-Influxdb-Build: OSS\r\nX-Influxdb-Version: 2.7.12\r\nConnection: close\r\n\r\n";

  @Test
  void closedPortIsUnreachableAndInconclusive() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux("http://127.0.0.1:" + port, TOKEN).build());

    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(codes(report)).containsExactly(FindingCode.INFLUX_UNREACHABLE);
    assertThat(finding(report, FindingCode.INFLUX_UNREACHABLE).evidence()).anySatisfy(e -> assertThat(e.status()).isNull());
    assertThat(report.checklist().isComplete()).isTrue();
  }

  @Test
  void silentServerTimesOutWithinTheDeadline() throws Exception {
    try (RawServer silent = new RawServer(path -> null)) {
      InfluxDiagnoser diagnoser = Diagnosis.diagnoser(Duration.ofMillis(300), Duration.ofSeconds(1));

      Report report = CompletableFuture.supplyAsync(() -> diagnoser.diagnose(Diagnosis.flux(silent.url(), TOKEN).build()))
          .get(10, TimeUnit.SECONDS);

      assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(codes(report)).containsExactly(FindingCode.INFLUX_TIMEOUT);
      assertThat(report.durationMs()).isLessThan(5_000);
      assertThat(report.checklist().isComplete()).isTrue();
    }
  }

  @Test
  void deadlineCutsAStalledQueryAndSaysWhatIsKnown() throws Exception {
    try (RawServer stallsQuery = new RawServer(path -> path.equals("/ping") ? PING_204
        : path.equals("/health") ? "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n" : null)) {
      InfluxDiagnoser diagnoser = Diagnosis.diagnoser(Duration.ofSeconds(30), Duration.ofSeconds(1));

      Report report = CompletableFuture.supplyAsync(() -> diagnoser.diagnose(Diagnosis.flux(stallsQuery.url(), TOKEN).build()))
          .get(10, TimeUnit.SECONDS);

      assertThat(report.server().version()).isEqualTo("2.7.12");
      assertThat(codes(report)).contains(FindingCode.SERVER_DETECTED, FindingCode.INFLUX_TIMEOUT);
      assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(report.checklist().isComplete()).isTrue();
    }
  }

  @Test
  void htmlFromAProxyIsUnexpected() {
    StubServer.Route proxy = call -> new StubServer.Reply(502, Map.of("Content-Type", "text/html"),
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
    try (StubServer server = StubServer.start(proxy)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

      assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
      assertThat(codes(report)).contains(FindingCode.INFLUX_UNEXPECTED_RESPONSE).doesNotContain(FindingCode.QUERY_OK);
      assertThat(finding(report, FindingCode.INFLUX_UNEXPECTED_RESPONSE).cause()).contains("HTML page");
    }
  }

  @Test
  void serverErrorOnTheQueryIsUnexpected() {
    FakeInflux2 influx = new FakeInflux2().org("myorg", "0000000000000001");
    StubServer.Route failing = call -> call.path().equals("/api/v2/query")
        ? StubServer.Reply.json(500, "{\"code\":\"internal error\",\"message\":\"An internal error has occurred - check server logs\"}")
        : influx.answer(call);
    try (StubServer server = StubServer.start(failing)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

      assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
      assertThat(finding(report, FindingCode.INFLUX_UNEXPECTED_RESPONSE).cause()).contains("HTTP 500");
    }
  }

  @Test
  void nonJsonInfluxqlAnswerIsUnexpectedNeverHealthy() {
    FakeInflux1 v1 = new FakeInflux1("1.8.10");
    StubServer.Route garbage = call -> call.path().equals("/query") ? StubServer.Reply.text(200, "OK") : v1.answer(call);
    try (StubServer server = StubServer.start(garbage)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "grafana", "pw").build());

      assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
      assertThat(codes(report)).contains(FindingCode.INFLUX_UNEXPECTED_RESPONSE).doesNotContain(FindingCode.QUERY_OK);
    }
  }

  @Test
  void bodyCutShortIsUnexpected() throws Exception {
    String cut = "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 5000\r\nX-Influxdb-Version: 2.7.12\r\nConnection: close\r\n\r\n"
        + "#datatype,string,long\n#group,false";
    try (RawServer server = new RawServer(path -> path.equals("/ping") ? PING_204 : cut)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

      assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
      assertThat(finding(report, FindingCode.INFLUX_UNEXPECTED_RESPONSE).cause()).contains("closed before the body was complete");
    }
  }

  @Test
  void hugeBodyIsCappedAndUnexpected() {
    FakeInflux2 influx = new FakeInflux2().org("myorg", "0000000000000001");
    String huge = "#datatype,string,long,string\n,result,table,name\n" + ",,0,bucket\n".repeat(1_000_000);
    StubServer.Route flood = call -> call.path().equals("/api/v2/query")
        ? new StubServer.Reply(200, Map.of("Content-Type", "text/csv"), huge) : influx.answer(call);
    try (StubServer server = StubServer.start(flood)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

      Finding finding = finding(report, FindingCode.INFLUX_UNEXPECTED_RESPONSE);
      assertThat(finding.cause()).contains("size cap");
      assertThat(finding.evidence()).allSatisfy(e -> assertThat(e.excerpt().length()).isLessThan(1_000));
      assertThat(codes(report)).doesNotContain(FindingCode.QUERY_OK);
    }
  }

  @Test
  void httpsAgainstPlainHttpIsATlsError() throws Exception {
    try (RawServer server = RawServer.greeting("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")) {
      String https = server.url().replace("http://", "https://");

      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(https, TOKEN).build());

      assertThat(codes(report)).containsExactly(FindingCode.INFLUX_TLS_ERROR);
      assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }
  }
}
