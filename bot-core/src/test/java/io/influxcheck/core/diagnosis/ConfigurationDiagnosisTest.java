package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.Diagnosis.codes;
import static io.influxcheck.core.diagnosis.Diagnosis.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.SettingsOrigin;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.Report;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Findings that need no network, settings Grafana keeps to itself, and the live checklist. */
class ConfigurationDiagnosisTest {
  private static final String TOKEN = "config-test-token-0000000000000000";
  private final FakeInflux2 influx = new FakeInflux2().org("myorg", "0000000000000001")
      .bucket("00000000000000b1", "myorg", "telegraf").token(TOKEN, true, "myorg", "telegraf");
  private final StubServer server = StubServer.start(influx);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void missingUrlIsAFindingAndNothingIsSent() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux("", TOKEN).build());

    assertThat(codes(report)).containsExactly(FindingCode.URL_MISSING);
    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(report.checklist().isComplete()).isTrue();
  }

  @Test
  void urlWithoutSchemeIsNotUsable() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux("influxdb:8086", TOKEN).build());

    assertThat(finding(report, FindingCode.URL_MISSING).title()).contains("not an http(s) URL");
  }

  @Test
  void unknownLanguageStillIdentifiesTheServer() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).rawVersion("Flux2").build());

    assertThat(codes(report)).contains(FindingCode.QUERY_LANGUAGE_UNKNOWN, FindingCode.SERVER_DETECTED);
    assertThat(server.calls()).noneMatch(c -> c.path().equals("/api/v2/query"));
  }

  @Test
  void fluxWithoutOrganizationSendsNoQuery() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).organization("").build());

    assertThat(codes(report)).contains(FindingCode.ORG_MISSING);
    assertThat(server.calls()).noneMatch(c -> c.path().equals("/api/v2/query"));
    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
  }

  @Test
  void secretHeldByGrafanaIsInconclusiveNotMissing() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), "")
        .storedSecrets(Set.of("token")).origin(SettingsOrigin.grafana("prod")).build());

    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(codes(report)).containsExactly(FindingCode.SERVER_DETECTED);
    assertThat(line(report.checklist(), "query").status()).isEqualTo(CheckStatus.SKIPPED);
    assertThat(line(report.checklist(), "query").detail()).contains("cannot be read back");
    assertThat(report.datasource().grafana()).isEqualTo("prod");
  }

  @Test
  void hygieneFindingsComeFromTheSettings() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN)
        .secretsInJsonData(List.of("jsonData.token")).unresolvedVariables(List.of("INFLUX_READ_TOKEN")).build());

    assertThat(finding(report, FindingCode.SECRET_IN_JSONDATA).severity()).isEqualTo(Severity.WARN);
    assertThat(finding(report, FindingCode.SECRET_ENV_UNRESOLVED).title()).contains("INFLUX_READ_TOKEN");
    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(line(report.checklist(), "config").status()).isEqualTo(CheckStatus.FAILED);
  }

  @Test
  void secretInJsonDataAloneOnlyWarns() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).secretsInJsonData(List.of("jsonData.token")).build());

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(line(report.checklist(), "config").status()).isEqualTo(CheckStatus.WARNED);
  }

  @Test
  void progressGoesFromPendingToCompleteWithStableIds() {
    List<Checklist> snapshots = new CopyOnWriteArrayList<>();

    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build(), snapshots::add);

    List<String> ids = List.of("reachable", "server", "query", "credentials", "organization", "target", "config");
    assertThat(snapshots.get(0).lines()).extracting(CheckLine::id).containsExactlyElementsOf(ids);
    assertThat(snapshots.get(0).lines()).allMatch(l -> l.status() == CheckStatus.PENDING);
    assertThat(snapshots).anyMatch(c -> c.lines().stream().anyMatch(l -> l.status() == CheckStatus.RUNNING));
    assertThat(snapshots.get(snapshots.size() - 1)).isEqualTo(report.checklist());
    assertThat(report.checklist().isComplete()).isTrue();
  }

  @Test
  void aThrowingProgressListenerChangesNothing() {
    Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build(), c -> {
      throw new IllegalStateException("chat adapter failed");
    });

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
  }

  private static CheckLine line(Checklist checklist, String id) {
    return checklist.lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }
}
