package io.influxcheck.lab.scenario;

import static io.influxcheck.lab.scenario.LabDiagnosis.codes;
import static io.influxcheck.lab.scenario.LabDiagnosis.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.influx.Influx1Mode;
import io.influxcheck.lab.influx.Influx1Privilege;
import io.influxcheck.lab.influx.Influx1Simulator;
import io.influxcheck.lab.influx.Influx1State;
import io.influxcheck.lab.influx.Point;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diagnoser against the InfluxDB 1.8 and 1.6 simulators. */
class Influx1DiagnosisScenarioTest {

  private static Influx1State state(Influx1Mode mode) {
    Influx1State state = new Influx1State(mode).authEnabled(true);
    state.addUser("admin", "admin-pw", true);
    state.addUser("grafana", "grafana-pw", false);
    state.addUser("viewer", "viewer-pw", false);
    state.addDatabase("telegraf").addDatabase("other");
    state.grant("grafana", "telegraf", Influx1Privilege.READ);
    state.grant("viewer", "other", Influx1Privilege.READ);
    state.addPoints("telegraf", List.of(Point.of("cpu", Map.of("host", "a"), "usage", 0.5, Instant.parse("2024-01-15T10:00:00Z"))));
    return state;
  }

  private static Report diagnose(Influx1State state, io.influxcheck.config.DataSourceSettings.Builder settings) {
    try (Influx1Simulator influx = Influx1Simulator.start(state)) {
      return LabDiagnosis.diagnose(settings.url(influx.url().toString()).build());
    }
  }

  private static io.influxcheck.config.DataSourceSettings.Builder influxql(String db, String user, String password) {
    return LabDiagnosis.influxql(java.net.URI.create("http://127.0.0.1:1"), db, user, password);
  }

  @Test
  void workingUserIsHealthy() {
    Report report = diagnose(state(Influx1Mode.V1_8), influxql("telegraf", "grafana", "grafana-pw"));

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(codes(report)).containsExactlyInAnyOrder(FindingCode.SERVER_DETECTED, FindingCode.QUERY_OK);
    assertThat(report.server().version()).isEqualTo("1.8.10");
  }

  @Test
  void wrongPasswordIsBadCredentials() {
    Report report = diagnose(state(Influx1Mode.V1_8), influxql("telegraf", "grafana", "wrong"));

    assertThat(codes(report)).contains(FindingCode.V1_BAD_CREDENTIALS);
  }

  @Test
  void noUserIsMissingCredentials() {
    Report report = diagnose(state(Influx1Mode.V1_8), influxql("telegraf", "", ""));

    assertThat(codes(report)).contains(FindingCode.V1_CREDENTIALS_MISSING);
  }

  @Test
  void userWithoutReadLacksPermission() {
    Report report = diagnose(state(Influx1Mode.V1_8), influxql("telegraf", "viewer", "viewer-pw"));

    assertThat(codes(report)).contains(FindingCode.V1_NO_READ_PERMISSION);
  }

  @Test
  void missingDatabaseIsFoundAlthoughShowMeasurementsPasses() {
    Report report = diagnose(state(Influx1Mode.V1_8), influxql("telegraff", "admin", "admin-pw"));

    assertThat(codes(report)).contains(FindingCode.V1_DATABASE_NOT_FOUND).doesNotContain(FindingCode.QUERY_OK);
    assertThat(finding(report, FindingCode.V1_DATABASE_NOT_FOUND).cause()).contains("\"telegraf\"");
  }

  @Test
  void disabledAuthenticationIsAWarning() {
    Report report = diagnose(state(Influx1Mode.V1_8).authEnabled(false), influxql("telegraf", "grafana", "not-checked"));

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(finding(report, FindingCode.V1_AUTH_DISABLED).severity()).isEqualTo(Severity.WARN);
  }

  @Test
  void fluxOn18WithFluxOffIsDisabled() {
    Report report = diagnose(state(Influx1Mode.V1_8),
        LabDiagnosis.flux(java.net.URI.create("http://127.0.0.1:1"), "ignored", "telegraf/autogen", "grafana:grafana-pw"));

    assertThat(codes(report)).contains(FindingCode.FLUX_DISABLED);
  }

  @Test
  void fluxOn18WithFluxOnWorks() {
    Report report = diagnose(state(Influx1Mode.V1_8).fluxEnabled(true),
        LabDiagnosis.flux(java.net.URI.create("http://127.0.0.1:1"), "ignored", "telegraf/autogen", "grafana:grafana-pw"));

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(codes(report)).contains(FindingCode.QUERY_OK).doesNotContain(FindingCode.V1_AUTH_DISABLED);
  }

  @Test
  void fluxOn18WithAuthenticationOffIsAWarningToo() {
    Report report = diagnose(state(Influx1Mode.V1_8).fluxEnabled(true).authEnabled(false),
        LabDiagnosis.flux(java.net.URI.create("http://127.0.0.1:1"), "ignored", "telegraf/autogen", "grafana:not-checked"));

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(codes(report)).contains(FindingCode.QUERY_OK, FindingCode.V1_AUTH_DISABLED);
    assertThat(finding(report, FindingCode.V1_AUTH_DISABLED).evidence()).anySatisfy(e -> assertThat(e.auth()).contains("deliberately wrong"));
  }

  @Test
  void fluxOn16IsNotSupported() {
    Report report = diagnose(state(Influx1Mode.V1_6),
        LabDiagnosis.flux(java.net.URI.create("http://127.0.0.1:1"), "ignored", "telegraf", "grafana:grafana-pw"));

    assertThat(codes(report)).contains(FindingCode.FLUX_NOT_SUPPORTED);
    assertThat(report.server().product()).startsWith("InfluxDB 1.x");
  }
}
