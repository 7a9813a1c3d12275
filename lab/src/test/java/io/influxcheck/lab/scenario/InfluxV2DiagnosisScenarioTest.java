package io.influxcheck.lab.scenario;

import static io.influxcheck.lab.scenario.LabDiagnosis.codes;
import static io.influxcheck.lab.scenario.LabDiagnosis.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.influx.InfluxV2Simulator;
import io.influxcheck.lab.influx.InfluxV2State;
import io.influxcheck.lab.influx.Point;
import io.influxcheck.lab.influx.V2Authorization;
import io.influxcheck.lab.influx.V2Bucket;
import io.influxcheck.lab.influx.V2Org;
import io.influxcheck.lab.influx.V2Permission;
import io.influxcheck.lab.influx.V2Resource;
import io.influxcheck.lab.influx.V2Status;
import io.influxcheck.lab.influx.V2User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diagnoser against the InfluxDB 2.x simulator: every 2.x cause it can tell apart. */
class InfluxV2DiagnosisScenarioTest {
  private static final String READ_TOKEN = "lab-read-telegraf-token-0000000000000000";
  private static final String OTHER_TOKEN = "lab-read-metrics-token-00000000000000000";
  private static final String FOREIGN_TOKEN = "lab-foreign-org-token-000000000000000000";

  private InfluxV2State state;
  private InfluxV2Simulator influx;
  private V2Org org;
  private V2Bucket telegraf;
  private V2User admin;
  private V2Authorization readToken;

  @BeforeEach
  void start() {
    state = new InfluxV2State();
    org = state.addOrg("myorg");
    telegraf = state.addBucket(org, "telegraf");
    V2Bucket metrics = state.addBucket(org, "metrics");
    V2Org other = state.addOrg("other");
    V2Bucket elsewhere = state.addBucket(other, "elsewhere");
    admin = state.addUser("admin");
    readToken = state.addToken(READ_TOKEN, admin, org, V2Permission.read(V2Resource.bucket(telegraf)));
    state.addToken(OTHER_TOKEN, admin, org, V2Permission.read(V2Resource.bucket(metrics)));
    state.addToken(FOREIGN_TOKEN, admin, other, V2Permission.read(V2Resource.bucket(elsewhere)));
    state.addPoints(telegraf, List.of(Point.of("cpu", Map.of("host", "a"), "usage", 0.5, Instant.parse("2024-01-15T10:00:00Z"))));
    influx = InfluxV2Simulator.start(state);
  }

  @AfterEach
  void stop() {
    influx.close();
  }

  @Test
  void workingFluxDataSourceIsHealthy() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "telegraf", READ_TOKEN).build());

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(codes(report)).containsExactlyInAnyOrder(FindingCode.SERVER_DETECTED, FindingCode.QUERY_OK);
    assertThat(report.server().version()).isEqualTo(InfluxV2State.DEFAULT_VERSION);
  }

  @Test
  void unknownTokenIsInvalid() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "telegraf", "lab-unknown-token-000000000").build());

    assertThat(codes(report)).contains(FindingCode.TOKEN_INVALID);
    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
  }

  @Test
  void missingTokenIsMissing() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "telegraf", "").build());

    assertThat(codes(report)).contains(FindingCode.TOKEN_MISSING);
  }

  @Test
  void disabledTokenIsInactive() {
    state.setTokenStatus(readToken, V2Status.INACTIVE);

    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "telegraf", READ_TOKEN).build());

    assertThat(codes(report)).contains(FindingCode.TOKEN_INACTIVE).doesNotContain(FindingCode.TOKEN_NO_READ_PERMISSION);
  }

  @Test
  void tokenOfAnotherOrganizationCannotRead() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "telegraf", FOREIGN_TOKEN).build());

    assertThat(codes(report)).contains(FindingCode.TOKEN_NO_READ_PERMISSION).doesNotContain(FindingCode.QUERY_OK);
  }

  @Test
  void existingBucketTheTokenCannotReadIsAPermissionProblem() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "telegraf", OTHER_TOKEN).build());

    assertThat(codes(report)).contains(FindingCode.TOKEN_NO_READ_PERMISSION).doesNotContain(FindingCode.BUCKET_NOT_FOUND);
    assertThat(finding(report, FindingCode.TOKEN_NO_READ_PERMISSION).fix().command())
        .contains("influx auth create --org-id " + org.id());
  }

  @Test
  void missingBucketIsNotFound() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "telegraff", READ_TOKEN).build());

    assertThat(codes(report)).contains(FindingCode.BUCKET_NOT_FOUND).doesNotContain(FindingCode.TOKEN_NO_READ_PERMISSION);
    assertThat(finding(report, FindingCode.BUCKET_NOT_FOUND).cause()).contains("\"telegraf\"");
  }

  @Test
  void wrongOrganizationIsNotFound() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "my-org", "telegraf", READ_TOKEN).build());

    assertThat(codes(report)).contains(FindingCode.ORG_NOT_FOUND);
  }

  @Test
  void ordinaryLoginOverInfluxqlIsRejectedAsV1AuthOnV2() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.influxql(influx.url(), "telegraf", "admin", "ui-password").build());

    assertThat(codes(report)).contains(FindingCode.INFLUXQL_AUTH_ON_V2);
    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
  }

  @Test
  void v1CredentialOnAMappedBucketWorks() {
    state.addV1Credential("grafana", "v1-password-123", admin, org, V2Permission.read(V2Resource.bucket(telegraf)));

    Report report = LabDiagnosis.diagnose(LabDiagnosis.influxql(influx.url(), "telegraf", "grafana", "v1-password-123").build());

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(codes(report)).contains(FindingCode.QUERY_OK);
  }

  @Test
  void unmappedDatabaseIsDbrpMissingThoughGrafanaWouldPass() {
    state.addV1Credential("grafana", "v1-password-123", admin, org, V2Permission.read(V2Resource.bucket(telegraf)));

    Report report = LabDiagnosis.diagnose(LabDiagnosis.influxql(influx.url(), "legacy_db", "grafana", "v1-password-123").build());

    assertThat(codes(report)).contains(FindingCode.DBRP_MISSING).doesNotContain(FindingCode.QUERY_OK);
  }

  @Test
  void sqlAgainst2xIsNotSupported() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.sql(influx.url(), "telegraf", READ_TOKEN).build());

    assertThat(codes(report)).contains(FindingCode.SQL_NOT_SUPPORTED);
  }
}
