package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.Diagnosis.codes;
import static io.influxcheck.core.diagnosis.Diagnosis.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.Secret;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FluxDiagnosisTest {
  private static final String TOKEN = "readtoken-telegraf-000000000000000000000000000000000000";
  private final FakeInflux2 influx = new FakeInflux2()
      .org("myorg", "0000000000000001").org("other", "0000000000000002")
      .bucket("00000000000000b1", "myorg", "telegraf").bucket("00000000000000b2", "myorg", "metrics")
      .bucket("00000000000000b3", "other", "elsewhere");
  private final StubServer server = StubServer.start(influx);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void replaysGrafanasFluxRequestExactly() {
    influx.token(TOKEN, true, "myorg", "telegraf");

    Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

    StubServer.Call call = server.only("POST", "/api/v2/query");
    assertThat(call.query()).containsExactly(java.util.Map.entry("org", "myorg"));
    assertThat(call.header("Authorization")).isEqualTo("Token " + TOKEN);
    assertThat(call.header("Content-Type")).isEqualTo("application/json");
    assertThat(call.body()).isEqualTo(
        "{\"dialect\":{\"annotations\":[\"datatype\",\"group\",\"default\"],\"delimiter\":\",\",\"header\":true},\"query\":\"buckets()\",\"type\":\"flux\"}");
  }

  @Test
  void workingTokenIsHealthyWithBucketCount() {
    influx.token(TOKEN, true, "myorg", "telegraf", "metrics");

    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(codes(report)).containsExactlyInAnyOrder(FindingCode.SERVER_DETECTED, FindingCode.QUERY_OK);
    assertThat(finding(report, FindingCode.QUERY_OK).title()).contains("2 buckets");
    assertThat(report.server().product()).isEqualTo("InfluxDB 2.x OSS");
    assertThat(report.server().version()).isEqualTo("2.7.12");
    assertThat(report.checklist().isComplete()).isTrue();
    assertThat(report.checklist().lines()).allMatch(l -> l.status() == CheckStatus.PASSED, "all checks passed");
  }

  @Test
  void unknownTokenIsInvalid() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), "not-a-known-token-0000000000").build());

    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    Finding finding = finding(report, FindingCode.TOKEN_INVALID);
    assertThat(finding.evidence()).anySatisfy(e -> {
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.excerpt()).isEqualTo(FakeInflux2.UNAUTHORIZED_ACCESS);
      assertThat(e.auth()).startsWith("Token sha256:");
      assertThat(e.path()).isEqualTo("/api/v2/query?org=myorg");
    });
    assertThat(finding.fix().yaml()).contains("token: ${INFLUX_TOKEN}");
    assertThat(finding.runbook()).isEqualTo("token_invalid");
  }

  @Test
  void emptyTokenIsMissingAndNoHeaderIsSent() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), "").build());

    assertThat(codes(report)).contains(FindingCode.TOKEN_MISSING).doesNotContain(FindingCode.TOKEN_INVALID);
    assertThat(server.only("POST", "/api/v2/query").header("Authorization")).isEmpty();
  }

  @Test
  void wrongOrganizationIsNotFoundWithASuggestion() {
    influx.token(TOKEN, true, "myorg", "telegraf");

    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).organization("my-org").build());

    Finding finding = finding(report, FindingCode.ORG_NOT_FOUND);
    assertThat(finding.cause()).contains("did you mean \"myorg\"");
    assertThat(finding.fix().yaml()).contains("organization: myorg");
    assertThat(codes(report)).doesNotContain(FindingCode.TOKEN_INVALID, FindingCode.QUERY_OK);
  }

  @Test
  void disabledTokenIsInactiveNotPermission() {
    influx.token(TOKEN, false, "myorg", "telegraf");

    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(codes(report)).contains(FindingCode.TOKEN_INACTIVE).doesNotContain(FindingCode.TOKEN_NO_READ_PERMISSION);
    assertThat(finding(report, FindingCode.TOKEN_INACTIVE).evidence()).anySatisfy(e -> assertThat(e.excerpt()).contains("token is inactive"));
  }

  @Test
  void tokenThatReadsNothingInTheOrgLacksPermission() {
    influx.token(TOKEN, true, "other", "elsewhere");

    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

    Finding finding = finding(report, FindingCode.TOKEN_NO_READ_PERMISSION);
    assertThat(finding.cause()).contains("0000000000000002").contains("another organization");
    assertThat(finding.fix().command()).startsWith("influx auth create --org myorg --read-bucket");
    assertThat(codes(report)).doesNotContain(FindingCode.BUCKET_NOT_FOUND, FindingCode.QUERY_OK);
  }

  @Test
  void existingButUnreadableBucketIsAPermissionProblem() {
    influx.token(TOKEN, true, "myorg", "metrics");

    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

    assertThat(codes(report)).contains(FindingCode.QUERY_OK, FindingCode.TOKEN_NO_READ_PERMISSION)
        .doesNotContain(FindingCode.BUCKET_NOT_FOUND);
    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(finding(report, FindingCode.TOKEN_NO_READ_PERMISSION).fix().command())
        .isEqualTo("influx auth create --org-id 0000000000000001 --read-bucket \"$(influx bucket list --org-id 0000000000000001 --name telegraf --hide-headers | cut -f1)\" --description grafana");
  }

  @Test
  void missingBucketIsNotFoundWithASuggestion() {
    influx.token(TOKEN, true, "myorg", "telegraf", "metrics");

    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).defaultBucket("telegraff").build());

    Finding finding = finding(report, FindingCode.BUCKET_NOT_FOUND);
    assertThat(finding.cause()).contains("Did you mean \"telegraf\"");
    assertThat(finding.evidence()).anySatisfy(e -> {
      assertThat(e.path()).isEqualTo("/api/v2/buckets?org=myorg&name=telegraff");
      assertThat(e.status()).isEqualTo(404);
    });
    assertThat(codes(report)).doesNotContain(FindingCode.TOKEN_NO_READ_PERMISSION);
  }

  @Test
  void fluxAgainstInfluxDb16IsNotSupported() {
    try (StubServer old = StubServer.start(new FakeInflux1("1.6.6").user("grafana", "pw", "telegraf").database("telegraf", "cpu"))) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(old.url(), "grafana:pw").build());

      assertThat(codes(report)).contains(FindingCode.FLUX_NOT_SUPPORTED);
      assertThat(report.server().version()).isEqualTo("1.6.6");
      assertThat(finding(report, FindingCode.FLUX_NOT_SUPPORTED).fix().yaml()).contains("version: InfluxQL");
    }
  }

  @Test
  void fluxAgainstInfluxDb18WithFluxOffIsDisabled() {
    try (StubServer v18 = StubServer.start(new FakeInflux1("1.8.10").user("grafana", "pw", "telegraf").database("telegraf", "cpu"))) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(v18.url(), "grafana:pw").build());

      assertThat(codes(report)).contains(FindingCode.FLUX_DISABLED);
    }
  }

  @Test
  void fluxAgainstInfluxDb18WithAnApiTokenExplainsUserPassword() {
    FakeInflux1 v1 = new FakeInflux1("1.8.10").user("grafana", "pw", "telegraf").database("telegraf", "cpu");
    v1.fluxEnabled = true;
    try (StubServer v18 = StubServer.start(v1)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(v18.url(), TOKEN).build());

      assertThat(finding(report, FindingCode.V1_BAD_CREDENTIALS).cause()).contains("username:password");
    }
  }

  @Test
  void fluxAgainstInfluxDb3IsNotSupported() {
    StubServer.Route three = call -> call.path().equals("/ping")
        ? StubServer.Reply.json(200, "{\"product_name\":\"InfluxDB 3 Core\",\"version\":\"3.9.6\",\"revision\":\"ecadc94474\",\"process_id\":\"0197\"}")
            .withHeader("X-Influxdb-Build", "Core").withHeader("X-Influxdb-Version", "3.9.6")
        : new StubServer.Reply(404, java.util.Map.of(), "Not found");
    try (StubServer v3 = StubServer.start(three)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(v3.url(), TOKEN).build());

      assertThat(report.server().product()).isEqualTo("InfluxDB 3 Core");
      assertThat(codes(report)).contains(FindingCode.FLUX_NOT_SUPPORTED);
      assertThat(finding(report, FindingCode.FLUX_NOT_SUPPORTED).fix().yaml()).contains("version: SQL");
    }
  }

  @Test
  void customAuthorizationHeaderReplacesTheToken() {
    influx.token(TOKEN, true, "myorg", "telegraf");
    var settings = Diagnosis.flux(server.url(), "").customHeaders(java.util.List.of(
        new io.influxcheck.config.CustomHeader(1, "Authorization", Secret.of("Token " + TOKEN)))).build();

    Report report = Diagnosis.diagnoser().diagnose(settings);

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(server.only("POST", "/api/v2/query").header("Authorization")).isEqualTo("Token " + TOKEN);
  }
}
