package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.Diagnosis.codes;
import static io.influxcheck.core.diagnosis.Diagnosis.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.Secret;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Report;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfluxqlDiagnosisTest {

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static FakeInflux1 v1() {
    return new FakeInflux1("1.8.10").admin("admin", "adminpw").user("grafana", "s3cret", "telegraf")
        .database("telegraf", "cpu", "mem", "disk").database("other", "x");
  }

  @Test
  void replaysGrafanasInfluxqlGetWithBasicAuth() {
    try (StubServer server = StubServer.start(v1())) {
      Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "grafana", "s3cret").build());

      StubServer.Call call = server.calls().stream().filter(c -> c.path().equals("/query") && c.param("q").equals("SHOW MEASUREMENTS"))
          .findFirst().orElseThrow();
      assertThat(call.method()).isEqualTo("GET");
      assertThat(call.query()).containsExactly(java.util.Map.entry("db", "telegraf"), java.util.Map.entry("epoch", "ms"),
          java.util.Map.entry("q", "SHOW MEASUREMENTS"));
      assertThat(call.header("Authorization")).isEqualTo(basic("grafana", "s3cret"));
    }
  }

  @Test
  void postModeSendsTheQueryAsAForm() {
    try (StubServer server = StubServer.start(v1())) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "grafana", "s3cret").httpMode("POST").build());

      StubServer.Call call = server.calls().stream().filter(c -> c.influxql().equals("SHOW MEASUREMENTS")).findFirst().orElseThrow();
      assertThat(call.method()).isEqualTo("POST");
      assertThat(call.query()).containsOnlyKeys("db", "epoch");
      assertThat(call.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
      assertThat(call.body()).isEqualTo("q=SHOW+MEASUREMENTS");
      assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    }
  }

  @Test
  void basicAuthSettingsWinOverUserAndPassword() {
    try (StubServer server = StubServer.start(v1())) {
      Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "ignored", "ignored-pw")
          .basicAuth(true).basicAuthUser("grafana").basicAuthPassword(Secret.of("s3cret")).build());

      assertThat(server.calls()).filteredOn(c -> c.param("q").equals("SHOW MEASUREMENTS"))
          .allMatch(c -> c.header("Authorization").equals(basic("grafana", "s3cret")));
    }
  }

  @Test
  void workingUserIsHealthyAndAuthIsProvenOn() {
    try (StubServer server = StubServer.start(v1())) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "grafana", "s3cret").build());

      assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
      assertThat(codes(report)).containsExactlyInAnyOrder(FindingCode.SERVER_DETECTED, FindingCode.QUERY_OK);
      assertThat(finding(report, FindingCode.QUERY_OK).title()).contains("3 measurements");
      assertThat(report.server().product()).isEqualTo("InfluxDB 1.x OSS");
      assertThat(report.checklist().lines()).filteredOn(l -> l.id().equals("organization"))
          .singleElement().satisfies(l -> assertThat(l.status()).isEqualTo(CheckStatus.SKIPPED));
    }
  }

  @Test
  void wrongPasswordIsBadCredentials() {
    try (StubServer server = StubServer.start(v1())) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "grafana", "wrong").build());

      assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
      Finding finding = finding(report, FindingCode.V1_BAD_CREDENTIALS);
      assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.excerpt()).isEqualTo("{\"error\":\"authorization failed\"}"));
      assertThat(finding.fix().yaml()).contains("user: grafana").contains("password: ${INFLUX_PASSWORD}");
    }
  }

  @Test
  void noCredentialsOnAnAuthServerAreMissing() {
    try (StubServer server = StubServer.start(v1())) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "", "").build());

      assertThat(codes(report)).contains(FindingCode.V1_CREDENTIALS_MISSING).doesNotContain(FindingCode.V1_BAD_CREDENTIALS);
    }
  }

  @Test
  void userWithoutReadLacksPermission() {
    try (StubServer server = StubServer.start(v1().user("viewer", "pw", "other"))) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "viewer", "pw").build());

      Finding finding = finding(report, FindingCode.V1_NO_READ_PERMISSION);
      assertThat(finding.cause()).contains("requires READ on telegraf");
      assertThat(finding.fix().command()).contains("GRANT READ ON \"telegraf\" TO \"viewer\"");
    }
  }

  @Test
  void missingDatabaseIsFoundDespiteShowMeasurementsPassing() {
    try (StubServer server = StubServer.start(v1())) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "admin", "adminpw").database("telegraff").build());

      assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
      Finding finding = finding(report, FindingCode.V1_DATABASE_NOT_FOUND);
      assertThat(finding.cause()).contains("Did you mean \"telegraf\"");
      assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.excerpt()).contains("database not found: telegraff"));
      assertThat(codes(report)).doesNotContain(FindingCode.QUERY_OK);
    }
  }

  @Test
  void emptyExistingDatabaseIsHealthy() {
    try (StubServer server = StubServer.start(v1().database("fresh"))) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "admin", "adminpw").database("fresh").build());

      assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
      assertThat(codes(report)).contains(FindingCode.QUERY_OK).doesNotContain(FindingCode.V1_DATABASE_NOT_FOUND);
    }
  }

  @Test
  void authDisabledIsProvedWithWrongCredentials() {
    FakeInflux1 open = v1();
    open.authEnabled = false;
    try (StubServer server = StubServer.start(open)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "grafana", "anything").build());

      assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
      Finding finding = finding(report, FindingCode.V1_AUTH_DISABLED);
      assertThat(finding.severity()).isEqualTo(Severity.WARN);
      assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.auth()).contains("deliberately wrong"));
    }
  }

  @Test
  void authEnabledProducesNoAuthDisabledWarning() {
    try (StubServer server = StubServer.start(v1())) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "grafana", "s3cret").build());

      assertThat(codes(report)).doesNotContain(FindingCode.V1_AUTH_DISABLED);
      assertThat(server.calls()).anyMatch(c -> c.param("q").equals("SHOW DATABASES")
          && c.header("Authorization").startsWith("Basic ") && !c.header("Authorization").equals(basic("grafana", "s3cret")));
    }
  }

  @Test
  void ordinaryUserPasswordAgainst2xIsInfluxqlAuthOnV2() {
    FakeInflux2 two = new FakeInflux2().org("myorg", "0000000000000001").bucket("00000000000000b1", "myorg", "telegraf");
    try (StubServer server = StubServer.start(two)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "admin", "ui-login-password").build());

      Finding finding = finding(report, FindingCode.INFLUXQL_AUTH_ON_V2);
      assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.excerpt()).isEqualTo(FakeInflux2.COMPAT_UNAUTHORIZED));
      assertThat(finding.fix().command()).startsWith("influx v1 auth create --org <org> --username admin --password \"${INFLUX_PASSWORD}\"");
      assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    }
  }

  @Test
  void unmappedDatabaseOn2xIsDbrpMissing() {
    String token = "token-reads-metrics-0000000000000000000000";
    FakeInflux2 two = new FakeInflux2().org("myorg", "0000000000000001").bucket("00000000000000b2", "myorg", "metrics")
        .token(token, true, "myorg", "metrics");
    try (StubServer server = StubServer.start(two)) {
      var settings = Diagnosis.influxql(server.url(), "", "").customHeaders(List.of(
          new CustomHeader(1, "Authorization", Secret.of("Token " + token)))).build();

      Report report = Diagnosis.diagnoser().diagnose(settings);

      Finding finding = finding(report, FindingCode.DBRP_MISSING);
      assertThat(finding.cause()).contains("Buckets the token can read: metrics");
      assertThat(finding.fix().command()).startsWith("influx v1 dbrp create").contains("--db telegraf");
      assertThat(codes(report)).doesNotContain(FindingCode.QUERY_OK);
    }
  }

  @Test
  void v2TokenAsPasswordWorksOnMappedBucket() {
    String token = "token-reads-telegraf-000000000000000000000";
    FakeInflux2 two = new FakeInflux2().org("myorg", "0000000000000001").bucket("00000000000000b1", "myorg", "telegraf")
        .token(token, true, "myorg", "telegraf");
    try (StubServer server = StubServer.start(two)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "anyone", token).build());

      assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
      assertThat(codes(report)).contains(FindingCode.QUERY_OK).doesNotContain(FindingCode.V1_AUTH_DISABLED);
    }
  }

  @Test
  void noCredentialsAgainst2xAreMissing() {
    try (StubServer server = StubServer.start(new FakeInflux2().org("myorg", "0000000000000001"))) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "", "").build());

      assertThat(codes(report)).contains(FindingCode.V1_CREDENTIALS_MISSING);
      assertThat(finding(report, FindingCode.V1_CREDENTIALS_MISSING).evidence())
          .anySatisfy(e -> assertThat(e.excerpt()).isEqualTo(FakeInflux2.UNAUTHORIZED_ACCESS));
    }
  }

  @Test
  void sqlAgainst2xIsNotSupported() {
    try (StubServer server = StubServer.start(new FakeInflux2().org("myorg", "0000000000000001"))) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.influxql(server.url(), "", "")
          .queryLanguage(io.influxcheck.config.QueryLanguage.SQL).token(Secret.of("some-token-000000")).build());

      assertThat(codes(report)).contains(FindingCode.SQL_NOT_SUPPORTED);
      assertThat(finding(report, FindingCode.SQL_NOT_SUPPORTED).fix().yaml()).contains("version: Flux");
    }
  }
}
