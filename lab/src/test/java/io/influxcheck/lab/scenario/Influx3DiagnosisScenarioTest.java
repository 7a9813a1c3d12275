package io.influxcheck.lab.scenario;

import static io.influxcheck.lab.scenario.LabDiagnosis.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.influx.Influx3Simulator;
import io.influxcheck.lab.influx.Influx3State;
import io.influxcheck.lab.influx.Point;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diagnoser against the InfluxDB 3 Core simulator (token-guarded /ping by default). */
class Influx3DiagnosisScenarioTest {
  private static final String TOKEN = "apiv3_lab-token-0000000000000000000000";
  private Influx3Simulator influx;

  @BeforeEach
  void start() {
    Influx3State state = new Influx3State();
    state.addToken("grafana", TOKEN);
    state.addDatabase("sensors").addPoints("sensors", List.of(Point.of("cpu", Map.of("host", "a"), "usage", 0.5, Instant.parse("2024-01-15T10:00:00Z"))));
    influx = Influx3Simulator.start(state);
  }

  @AfterEach
  void stop() {
    influx.close();
  }

  @Test
  void sqlWithAValidTokenIsHealthy() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.sql(influx.url(), "sensors", TOKEN).build());

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(report.server().product()).isEqualTo("InfluxDB 3 Core");
    assertThat(report.server().version()).isEqualTo("3.9.6");
  }

  @Test
  void sqlWithAWrongTokenIsInvalid() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.sql(influx.url(), "sensors", "apiv3_wrong").build());

    assertThat(codes(report)).contains(FindingCode.TOKEN_INVALID);
    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
  }

  @Test
  void fluxIsNotSupported() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "sensors", TOKEN).build());

    assertThat(codes(report)).contains(FindingCode.FLUX_NOT_SUPPORTED);
  }

  @Test
  void influxqlWithTheTokenAsPasswordWorks() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.influxql(influx.url(), "sensors", "grafana", TOKEN).build());

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
  }

  @Test
  void influxqlWithAPasswordThatIsNoTokenIsRejected() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.influxql(influx.url(), "sensors", "grafana", "old-v1-password").build());

    assertThat(codes(report)).contains(FindingCode.TOKEN_INVALID);
  }

  @Test
  void influxqlOnAnUnknownDatabaseIsNotFound() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.influxql(influx.url(), "sensorz", "grafana", TOKEN).build());

    assertThat(codes(report)).contains(FindingCode.V1_DATABASE_NOT_FOUND);
  }
}
