package io.influxcheck.lab.scenario.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grafana-side diagnosis end to end: the bot's service-account token against the Grafana simulator,
 * which forwards to the InfluxDB simulators with its stored secrets. One failure per data source.
 */
class GrafanaScenarioTest {
  private static final Requester ALICE = new Requester("console", "alice", "alice");

  @TempDir
  Path folder;

  private final GrafanaLab lab = new GrafanaLab();

  @AfterEach
  void stop() {
    lab.close();
  }

  private Report diagnose(CoreCommandHandler handler, String target) {
    Reply reply = handler.handle(new Command.Diagnose(target), ALICE, ProgressListener.NONE);
    assertThat(reply).as("reply to diagnose %s: %s", target, reply).isInstanceOf(Reply.ReportReply.class);
    Report report = ((Reply.ReportReply) reply).report();
    assertNoCanary(report.toString());
    return report;
  }

  private Report diagnose(String target) {
    return diagnose(lab.handler(lab.config(folder, "")), target);
  }

  private static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  static void assertNoCanary(String text) {
    assertThat(text).doesNotContain("canary");
  }

  @Test
  void aWorkingFluxDataSourceIsHealthyWithGrafanasOkAndLink() {
    Report report = diagnose("flux ok");
    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(codes(report)).contains(FindingCode.GRAFANA_HEALTH_OK).doesNotContain(FindingCode.GRAFANA_HEALTH_MISLEADING);
    assertThat(report.datasource().grafana()).isEqualTo("lab");
    assertThat(report.datasource().link()).isEqualTo(lab.grafana.url() + "/connections/datasources/edit/flux-ok");
    assertThat(report.server().product()).startsWith("InfluxDB 2");
  }

  @Test
  void aStaleStoredTokenFailsGrafanasHealthCheckWithItsCause() {
    Report report = diagnose("flux-stale");
    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(codes(report)).contains(FindingCode.GRAFANA_HEALTH_FAILED, FindingCode.TOKEN_INVALID);
    assertThat(report.findings().get(0).title()).contains("unauthorized access");
  }

  @Test
  void theBotsWorkingTokenAgainstGrafanasRejectedOneIsAVantageDisagreement() {
    InfluxCheckConfig config = lab.config(folder, "datasources:\n  - match: {uid: flux-stale}\n    token: ${INFLUX_TOKEN}\n");
    Report report = diagnose(lab.handler(config), "flux-stale");
    assertThat(codes(report)).contains(FindingCode.VANTAGE_DISAGREEMENT, FindingCode.GRAFANA_HEALTH_FAILED, FindingCode.QUERY_OK);
    Finding disagreement = report.findings().stream().filter(f -> f.code() == FindingCode.VANTAGE_DISAGREEMENT).findFirst().orElseThrow();
    assertThat(disagreement.fix().description()).contains("update the token Grafana stores").contains("edit/flux-stale");
    assertThat(report.checklist().lines()).anyMatch(l -> l.id().startsWith("direct."));
  }

  @Test
  void liveSettingsGoThroughTheConfigurationChecks() {
    assertThat(codes(diagnose("flux-no-token"))).contains(FindingCode.TOKEN_MISSING, FindingCode.GRAFANA_HEALTH_FAILED);
    assertThat(codes(diagnose("Flux No Org"))).contains(FindingCode.ORG_MISSING, FindingCode.SECRET_IN_JSONDATA);
    assertThat(codes(diagnose("influxql-nouser"))).contains(FindingCode.V1_CREDENTIALS_MISSING);
    Report fluxOn16 = diagnose("flux-on-16");
    assertThat(codes(fluxOn16)).contains(FindingCode.FLUX_NOT_SUPPORTED);
    assertThat(fluxOn16.server().version()).startsWith("1.6");
  }

  @Test
  void healthPassingWithZeroMeasurementsOnAnUnmappedDatabaseIsMisleading() {
    Report report = diagnose("influxql-nodbrp");
    assertThat(codes(report)).contains(FindingCode.GRAFANA_HEALTH_MISLEADING, FindingCode.DBRP_MISSING);
    assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.GRAFANA_HEALTH_MISLEADING).singleElement()
        .satisfies(f -> assertThat(f.title()).contains("0 measurements found"));
  }

  @Test
  void aDataSourceMissingFromGrafanaIsNotFound() {
    Report report = diagnose("gone@lab");
    assertThat(codes(report)).containsExactly(FindingCode.DATASOURCE_NOT_FOUND);
    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void liveSettingsThatDifferFromTheProvisioningFileAreDrift() throws Exception {
    Path provisioning = folder.resolve("datasources.yaml");
    java.nio.file.Files.writeString(provisioning, String.join("\n",
        "apiVersion: 1",
        "datasources:",
        "  - name: Flux No Token",
        "    uid: flux-no-token",
        "    type: influxdb",
        "    url: " + lab.grafanaState.dataSource("flux-no-token").orElseThrow().url(),
        "    jsonData:",
        "      version: Flux",
        "      organization: acme-corp",
        "      defaultBucket: metrics",
        "    secureJsonData:",
        "      token: canary-file-token-literal",
        ""));
    Report report = diagnose(lab.handler(lab.config(folder, "provisioning:\n  - datasources.yaml\n")), "flux-no-token");
    Finding drift = report.findings().stream().filter(f -> f.code() == FindingCode.PROVISIONING_DRIFT).findFirst().orElseThrow();
    assertThat(drift.cause()).contains("organization: file `acme-corp`, Grafana `acme`").contains("secureJsonData.token is declared");
    assertThat(drift.title()).contains("datasources.yaml");
  }

  @Test
  void allDiagnosesEveryLabDataSourceConcurrently() {
    Reply reply = lab.handler(lab.config(folder, "")).handle(new Command.DiagnoseAll(), ALICE, ProgressListener.NONE);
    List<Report> reports = ((Reply.SummaryReply) reply).reports();
    assertNoCanary(reports.toString());
    assertThat(reports).extracting(r -> r.datasource().uid() + "=" + r.verdict()).containsExactlyInAnyOrder(
        "flux-on-16=UNHEALTHY", "flux-no-org=UNHEALTHY", "flux-no-token=UNHEALTHY", "flux-ok=HEALTHY", "flux-stale=UNHEALTHY",
        "influxql-v18=HEALTHY", "influxql-nodbrp=UNHEALTHY", "influxql-nouser=UNHEALTHY");
  }
}
