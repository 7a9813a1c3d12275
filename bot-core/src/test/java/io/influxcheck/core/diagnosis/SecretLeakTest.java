package io.influxcheck.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.Secret;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.Report;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Canary secrets must appear nowhere in a report: not in its JSON, not in its toString, not in a
 * progress snapshot, even when the server echoes the credentials back in its error body.
 */
class SecretLeakTest {
  private static final String TOKEN = "canary-token-7f3a9c0e5b2d4f61";
  private static final String PASSWORD = "canary-password-51e0c9d2";
  private static final String HEADER_TOKEN = "canary-header-token-aa11bb22";
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));

  /** A hostile proxy that quotes the request's Authorization header and query in every answer. */
  private static final StubServer.Route ECHO = call -> StubServer.Reply.json(401,
      "{\"code\":\"unauthorized\",\"message\":\"unauthorized access\",\"echo\":\"" + call.header("Authorization")
          + " " + call.query() + " " + call.body() + "\"}")
      .withHeader("X-Influxdb-Version", "2.7.12")
      .withHeader("WWW-Authenticate", call.header("Authorization"));

  @Test
  void fluxTokenAppearsNowhere() throws Exception {
    assertNoCanary(Diagnosis.flux("", TOKEN), ECHO);
  }

  @Test
  void influxqlPasswordAndCustomHeaderAppearNowhere() throws Exception {
    assertNoCanary(Diagnosis.influxql("", "grafana", PASSWORD).customHeaders(List.of(
        new CustomHeader(1, "X-Api-Key", Secret.of(HEADER_TOKEN)))), ECHO);
  }

  @Test
  void secretsStayOutOfWorkingDiagnosesToo() throws Exception {
    FakeInflux2 influx = new FakeInflux2().org("myorg", "0000000000000001").bucket("00000000000000b1", "myorg", "telegraf")
        .token(TOKEN, true, "myorg", "telegraf");
    assertNoCanary(Diagnosis.flux("", TOKEN), influx);
    assertNoCanary(Diagnosis.influxql("", "grafana", TOKEN).database("missing"), influx);
  }

  private static void assertNoCanary(io.influxcheck.config.DataSourceSettings.Builder settings, StubServer.Route route) throws Exception {
    List<Checklist> progress = new ArrayList<>();
    Report report;
    try (StubServer server = StubServer.start(route)) {
      report = Diagnosis.diagnoser().diagnose(settings.url(server.url() + "/?u=grafana&p=" + PASSWORD).build(), progress::add);
    }
    String everything = JSON.writeValueAsString(report) + report + progress;
    for (String canary : List.of(TOKEN, PASSWORD, HEADER_TOKEN, "canary-")) {
      assertThat(everything).doesNotContain(canary);
    }
    for (String encoded : List.of(base64("grafana:" + PASSWORD), base64("grafana:" + TOKEN))) {
      assertThat(everything).doesNotContain(encoded);
    }
    assertThat(report.findings()).isNotEmpty();
    assertThat(report.datasource().url()).doesNotContain("p=");
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void echoRouteReallyEchoes() {
    try (StubServer server = StubServer.start(ECHO)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());
      assertThat(report.findings()).anySatisfy(f -> assertThat(f.evidence())
          .anySatisfy(e -> assertThat(e.excerpt()).contains("<redacted sha256:")));
    }
  }
}
