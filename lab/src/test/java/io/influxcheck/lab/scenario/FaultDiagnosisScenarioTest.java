package io.influxcheck.lab.scenario;

import static io.influxcheck.lab.scenario.LabDiagnosis.codes;
import static io.influxcheck.lab.scenario.LabDiagnosis.finding;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.InfluxDiagnoser;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.fault.DeadEndpoints;
import io.influxcheck.lab.fault.Fault;
import io.influxcheck.lab.fault.RawSocketServer;
import io.influxcheck.lab.fixtures.ReportFixtures;
import io.influxcheck.lab.influx.InfluxV2Simulator;
import io.influxcheck.lab.influx.InfluxV2State;
import io.influxcheck.lab.influx.V2Bucket;
import io.influxcheck.lab.influx.V2Org;
import io.influxcheck.lab.influx.V2Permission;
import io.influxcheck.lab.influx.V2Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diagnoser against the lab's faults: silence, proxies, 5xx, cut and huge bodies, dead ports, TLS; no secret leaks. */
class FaultDiagnosisScenarioTest {
  private static final String TOKEN = ReportFixtures.CANARY_SECRET;
  private InfluxV2Simulator influx;

  @BeforeEach
  void start() {
    InfluxV2State state = new InfluxV2State();
    V2Org org = state.addOrg("myorg");
    V2Bucket telegraf = state.addBucket(org, "telegraf");
    state.addToken(TOKEN, state.addUser("admin"), org, V2Permission.read(V2Resource.bucket(telegraf)));
    influx = InfluxV2Simulator.start(state);
  }

  @AfterEach
  void stop() {
    influx.close();
  }

  private Report diagnose() {
    return LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "telegraf", TOKEN).build());
  }

  @Test
  void stalledQueryEndsAtTheDeadlineInconclusive() throws Exception {
    influx.faults().setFor("/api/v2/query", Fault.Stall.forever());
    InfluxDiagnoser diagnoser = LabDiagnosis.diagnoser(Duration.ofSeconds(30), Duration.ofSeconds(1));

    Report report = CompletableFuture.supplyAsync(() -> diagnoser.diagnose(
        LabDiagnosis.flux(influx.url(), "myorg", "telegraf", TOKEN).build())).get(15, TimeUnit.SECONDS);

    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(codes(report)).contains(FindingCode.SERVER_DETECTED, FindingCode.INFLUX_TIMEOUT);
    assertThat(report.checklist().isComplete()).isTrue();
  }

  @Test
  void nginxBadGatewayIsUnexpected() {
    influx.faults().setAll(Fault.HtmlProxyPage.nginxBadGateway());

    Report report = diagnose();

    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(codes(report)).containsExactly(FindingCode.INFLUX_UNEXPECTED_RESPONSE);
  }

  @Test
  void ssoLoginPageOnTheQueryIsUnexpectedNotHealthy() {
    influx.faults().setFor("/api/v2/query", Fault.HtmlProxyPage.loginPage());

    Report report = diagnose();

    assertThat(codes(report)).contains(FindingCode.INFLUX_UNEXPECTED_RESPONSE).doesNotContain(FindingCode.QUERY_OK);
    assertThat(finding(report, FindingCode.INFLUX_UNEXPECTED_RESPONSE).cause()).contains("HTML");
  }

  @Test
  void internalServerErrorIsUnexpected() {
    influx.faults().setFor("/api/v2/query", Fault.ServerError.internal());

    assertThat(codes(diagnose())).contains(FindingCode.INFLUX_UNEXPECTED_RESPONSE);
  }

  @Test
  void truncatedBodyIsUnexpected() {
    influx.faults().setFor("/api/v2/query", new Fault.TruncatedBody());

    assertThat(codes(diagnose())).contains(FindingCode.INFLUX_UNEXPECTED_RESPONSE).doesNotContain(FindingCode.QUERY_OK);
  }

  @Test
  void connectionClosedAfterHeadersIsNeverHealthy() {
    influx.faults().setFor("/api/v2/query", new Fault.CloseAfterHeaders());

    Report report = diagnose();

    assertThat(report.verdict()).isNotEqualTo(Verdict.HEALTHY);
    assertThat(codes(report)).doesNotContain(FindingCode.QUERY_OK);
  }

  @Test
  void fiftyMegabyteBodyIsCappedAndUnexpected() {
    influx.faults().setFor("/api/v2/query", Fault.HugeBody.fiftyMegabytes());

    Report report = diagnose();

    assertThat(finding(report, FindingCode.INFLUX_UNEXPECTED_RESPONSE).cause()).contains("size cap");
  }

  @Test
  void refusedPortIsUnreachableInconclusive() {
    Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(DeadEndpoints.refusingUrl(), "myorg", "telegraf", TOKEN).build());

    assertThat(codes(report)).containsExactly(FindingCode.INFLUX_UNREACHABLE);
    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void httpsToPlainHttpIsATlsError() {
    try (RawSocketServer plain = DeadEndpoints.tlsMismatch()) {
      Report report = LabDiagnosis.diagnose(LabDiagnosis.flux(plain.httpsUrl(), "myorg", "telegraf", TOKEN).build());

      assertThat(codes(report)).containsExactly(FindingCode.INFLUX_TLS_ERROR);
    }
  }

  @Test
  void canaryTokenAppearsNowhereInTheReportJson() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
    for (Report report : new Report[] {diagnose(),
        LabDiagnosis.diagnose(LabDiagnosis.flux(influx.url(), "myorg", "missing", TOKEN).build()),
        LabDiagnosis.diagnose(LabDiagnosis.influxql(influx.url(), "telegraf", "grafana", TOKEN).build())}) {
      String text = json.writeValueAsString(report) + report;
      assertThat(text).doesNotContain(TOKEN).doesNotContain("canary-7Hq2");
    }
  }
}
