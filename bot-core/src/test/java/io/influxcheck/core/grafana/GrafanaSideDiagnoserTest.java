package io.influxcheck.core.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.config.SettingsOrigin;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.report.ServerInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GrafanaSideDiagnoserTest {
  private static final String CANARY = "canary-glsa-side-0004";
  private static final String UID = "influx-prod";
  private static final String DS = "/api/datasources/uid/" + UID;

  private final GrafanaStub grafana = GrafanaStub.start();
  private final GrafanaClient client = GrafanaClient.create(GrafanaConnection.of("prod", grafana.url(), Secret.of(CANARY)));
  private final ExecutorService probes = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    probes.shutdownNow();
    grafana.close();
  }

  private GrafanaSideDiagnoser diagnoser(Diagnoser direct, DirectCredentials credentials, List<DataSourceSettings> files, ServerInfo server) {
    return new GrafanaSideDiagnoser(direct, credentials, () -> files, url -> server, probes, Clock.systemUTC());
  }

  private GrafanaSideDiagnoser plain() {
    return diagnoser(null, DirectCredentials.NONE, List.of(), ServerInfo.unknown());
  }

  private void fluxDataSource(boolean tokenStored) {
    grafana.on("GET", "/api/health", 200, GrafanaBodies.API_HEALTH);
    grafana.on("GET", DS, 200, GrafanaBodies.fluxDataSource(UID, "InfluxDB Prod", "http://influxdb:8086", "acme", "metrics", tokenStored));
  }

  private static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  @Test
  void aHealthyDataSourceTicksEveryGrafanaLineLive() {
    fluxDataSource(true);
    grafana.on("GET", DS + "/health", 200, GrafanaBodies.health("OK", "datasource is working. 3 buckets found"));
    grafana.on("POST", "/api/ds/query", 200, GrafanaBodies.queryRows(2));
    List<Checklist> snapshots = new CopyOnWriteArrayList<>();

    Report report = plain().diagnose(client, UID, snapshots::add);

    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(codes(report)).containsExactly(FindingCode.GRAFANA_HEALTH_OK);
    assertThat(report.datasource().grafana()).isEqualTo("prod");
    assertThat(report.datasource().link()).isEqualTo(grafana.url() + "/connections/datasources/edit/" + UID);
    assertThat(report.checklist().lines()).extracting(CheckLine::id).contains("grafana.reachable", "grafana.health", "grafana.query");
    assertThat(report.checklist().lines()).filteredOn(l -> l.id().equals("grafana.reachable")).singleElement()
        .satisfies(l -> assertThat(l.detail()).isEqualTo("Grafana 11.4.0"));
    assertThat(report.checklist().isComplete()).isTrue();
    assertThat(snapshots).hasSizeGreaterThan(5);
    assertThat(snapshots.get(0).isComplete()).isFalse();
    String query = grafana.calls().stream().filter(c -> c.path().equals("/api/ds/query")).findFirst().orElseThrow().body();
    assertThat(query).contains("from(bucket: \\\"metrics\\\")").contains("\"uid\":\"" + UID + "\"");
    assertThat(report.toString()).doesNotContain(CANARY);
  }

  @Test
  void healthFailingWhileTheDashboardQueryWorksIsAMisleadingWarning() {
    fluxDataSource(true);
    grafana.on("GET", DS + "/health", 400, GrafanaBodies.health("ERROR",
        "Post \"http://influxdb:8086/api/v2/query?org=acme\": context deadline exceeded error performing flux query"));
    grafana.on("POST", "/api/ds/query", 200, GrafanaBodies.queryRows(3));

    Report report = plain().diagnose(client, UID, ProgressListener.NONE);

    Finding misleading = report.findings().stream().filter(f -> f.code() == FindingCode.GRAFANA_HEALTH_MISLEADING).findFirst().orElseThrow();
    assertThat(misleading.severity()).isEqualTo(io.influxcheck.core.diagnosis.Severity.WARN);
    assertThat(misleading.title()).isEqualTo("Grafana's health check fails, but a dashboard query works (3 rows)");
    assertThat(misleading.fix().description()).contains("context deadline exceeded");
    assertThat(codes(report)).contains(FindingCode.GRAFANA_HEALTH_FAILED);
  }

  @Test
  void aFailingHealthCheckIsClassifiedIntoItsRootCause() {
    fluxDataSource(true);
    grafana.on("GET", DS + "/health", 400, GrafanaBodies.health("ERROR", "unauthorized: unauthorized access error reading buckets"));
    grafana.on("POST", "/api/ds/query", 400, GrafanaBodies.queryError("unauthorized: unauthorized access"));

    Report report = plain().diagnose(client, UID, ProgressListener.NONE);

    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(codes(report)).containsExactly(FindingCode.GRAFANA_HEALTH_FAILED, FindingCode.TOKEN_INVALID);
    assertThat(report.findings().get(0).cause()).contains("TOKEN_INVALID");
  }

  @Test
  void healthPassingWithZeroMeasurementsIsMisleading() {
    grafana.on("GET", "/api/health", 200, GrafanaBodies.API_HEALTH);
    grafana.on("GET", DS, 200, GrafanaBodies.influxqlDataSource(UID, "Legacy", "http://influxdb:8086", "telegraf", "grafana", true));
    grafana.on("GET", DS + "/health", 200, GrafanaBodies.health("OK", "datasource is working. 0 measurements found"));
    grafana.on("POST", "/api/ds/query", 200, GrafanaBodies.queryEmpty());
    grafana.onBody("POST", "/api/ds/query", "SHOW TAG KEYS", 400, GrafanaBodies.queryError("InfluxDB returned error: database not found: telegraf"));

    Report report = diagnoser(null, DirectCredentials.NONE, List.of(), new ServerInfo("InfluxDB 2.x OSS", "v2.7.12"))
        .diagnose(client, UID, ProgressListener.NONE);

    assertThat(codes(report)).contains(FindingCode.GRAFANA_HEALTH_MISLEADING, FindingCode.DBRP_MISSING, FindingCode.SERVER_DETECTED);
    assertThat(report.verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(report.server().version()).isEqualTo("v2.7.12");
  }

  @Test
  void anEmptyButExistingDatabaseIsNotMisleading() {
    grafana.on("GET", "/api/health", 200, GrafanaBodies.API_HEALTH);
    grafana.on("GET", DS, 200, GrafanaBodies.influxqlDataSource(UID, "Legacy", "http://influxdb:8086", "telegraf", "grafana", true));
    grafana.on("GET", DS + "/health", 200, GrafanaBodies.health("OK", "datasource is working. 0 measurements found"));
    grafana.on("POST", "/api/ds/query", 200, GrafanaBodies.queryEmpty());

    Report report = plain().diagnose(client, UID, ProgressListener.NONE);

    assertThat(codes(report)).containsExactly(FindingCode.GRAFANA_HEALTH_OK);
    assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(grafana.count("POST", "/api/ds/query")).isEqualTo(2);
  }

  @Test
  void theBotReadingTheBucketWhileGrafanaIsRejectedPointsAtGrafanasSecret() {
    fluxDataSource(true);
    grafana.on("GET", DS + "/health", 400, GrafanaBodies.health("ERROR", "unauthorized: unauthorized access error reading buckets"));
    grafana.on("POST", "/api/ds/query", 400, GrafanaBodies.queryError("unauthorized: unauthorized access"));
    List<DataSourceSettings> directlyProbed = new CopyOnWriteArrayList<>();
    Diagnoser direct = (settings, progress) -> {
      directlyProbed.add(settings);
      progress.onProgress(new Checklist("direct", List.of(new CheckLine("query", "Grafana's query", CheckStatus.PASSED, ""))));
      return new Report(new io.influxcheck.core.report.DataSourceRef(settings.name(), settings.uid(), settings.url(),
          settings.queryLanguage(), "", ""), Verdict.HEALTHY, new ServerInfo("InfluxDB 2.x OSS", "v2.7.12"),
          List.of(Finding.of(FindingCode.QUERY_OK, "", "", List.of(), null)),
          new Checklist("direct", List.of(new CheckLine("query", "Grafana's query", CheckStatus.PASSED, ""))), 1, Instant.now());
    };
    DirectCredentials credentials = live -> Optional.of(live.toBuilder().token(Secret.of("canary-influx-direct-5")).build());

    Report report = diagnoser(direct, credentials, List.of(), ServerInfo.unknown()).diagnose(client, UID, ProgressListener.NONE);

    assertThat(codes(report)).contains(FindingCode.VANTAGE_DISAGREEMENT, FindingCode.QUERY_OK, FindingCode.GRAFANA_HEALTH_FAILED);
    Finding disagreement = report.findings().stream().filter(f -> f.code() == FindingCode.VANTAGE_DISAGREEMENT).findFirst().orElseThrow();
    assertThat(disagreement.fix().description()).contains("update the token Grafana stores");
    assertThat(directlyProbed).singleElement().satisfies(s -> assertThat(s.organization()).isEqualTo("acme"));
    assertThat(report.checklist().lines()).extracting(CheckLine::id).contains("direct.query");
    assertThat(report.server().product()).isEqualTo("InfluxDB 2.x OSS");
    assertThat(report.toString()).doesNotContain("canary-influx-direct-5").doesNotContain(CANARY);
  }

  @Test
  void liveSettingsThatDriftedFromTheFileAreReported() {
    fluxDataSource(false);
    grafana.on("GET", DS + "/health", 400, GrafanaBodies.health("ERROR", "unauthorized: unauthorized access error reading buckets"));
    grafana.on("POST", "/api/ds/query", 400, GrafanaBodies.queryError("unauthorized: unauthorized access"));
    DataSourceSettings file = DataSourceSettings.builder("InfluxDB Prod").uid(UID).queryLanguage(QueryLanguage.FLUX)
        .url("http://influxdb:8086").organization("acme-corp").defaultBucket("metrics").token(Secret.of("canary-file-token-6"))
        .origin(SettingsOrigin.file("/etc/grafana/provisioning/datasources/influx.yaml", 3)).build();

    Report report = diagnoser(null, DirectCredentials.NONE, List.of(file), ServerInfo.unknown()).diagnose(client, UID, ProgressListener.NONE);

    assertThat(codes(report)).contains(FindingCode.PROVISIONING_DRIFT, FindingCode.TOKEN_MISSING);
    Finding drift = report.findings().stream().filter(f -> f.code() == FindingCode.PROVISIONING_DRIFT).findFirst().orElseThrow();
    assertThat(drift.cause()).contains("organization: file `acme-corp`, Grafana `acme`").contains("secureJsonData.token");
    assertThat(drift.title()).contains("influx.yaml:3");
    assertThat(report.toString()).doesNotContain("canary-file-token-6");
  }

  @Test
  void grafanaSideFailuresAreInconclusiveAndSayWhy() {
    Report down = plain().diagnose(GrafanaClient.create(GrafanaConnection.of("down", "http://127.0.0.1:1", Secret.of(CANARY))), UID, ProgressListener.NONE);
    assertThat(codes(down)).containsExactly(FindingCode.GRAFANA_UNREACHABLE);
    assertThat(down.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(down.checklist().isComplete()).isTrue();

    grafana.on("GET", "/api/health", 200, GrafanaBodies.API_HEALTH);
    grafana.on("GET", DS, 404, GrafanaBodies.DS_NOT_FOUND);
    Report missing = plain().diagnose(client, UID, ProgressListener.NONE);
    assertThat(codes(missing)).containsExactly(FindingCode.DATASOURCE_NOT_FOUND);
    assertThat(missing.verdict()).isEqualTo(Verdict.INCONCLUSIVE);

    grafana.on("GET", DS, 403, GrafanaBodies.NEEDS_READ);
    assertThat(codes(plain().diagnose(client, UID, ProgressListener.NONE))).containsExactly(FindingCode.GRAFANA_PERMISSION_MISSING);
    grafana.on("GET", DS, 401, GrafanaBodies.REVOKED_KEY);
    assertThat(codes(plain().diagnose(client, UID, ProgressListener.NONE))).containsExactly(FindingCode.GRAFANA_TOKEN_INVALID);
  }

  @Test
  void aDirectDiagnosisStillRunningAtTheDeadlineIsCutOffAndTheVerdictIsInconclusiveNotHealthy() {
    fluxDataSource(true);
    grafana.on("GET", DS + "/health", 200, GrafanaBodies.health("OK", "datasource is working. 3 buckets found"));
    grafana.on("POST", "/api/ds/query", 200, GrafanaBodies.queryRows(2));
    CountDownLatch never = new CountDownLatch(1);
    Diagnoser hanging = (settings, progress) -> {
      progress.onProgress(new Checklist("direct", List.of(new CheckLine("ping", "Server answers /ping", CheckStatus.RUNNING, ""))));
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("the hanging direct diagnosis was released");
    };
    DirectCredentials credentials = live -> Optional.of(live.toBuilder().token(Secret.of("canary-influx-direct-6")).build());
    GrafanaSideDiagnoser side = new GrafanaSideDiagnoser(hanging, credentials, List::of, url -> ServerInfo.unknown(), probes,
        Clock.systemUTC(), Duration.ofMillis(500));

    Report report = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> side.diagnose(client, UID, ProgressListener.NONE));

    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(codes(report)).contains(FindingCode.GRAFANA_HEALTH_OK);
    assertThat(report.checklist().lines()).filteredOn(l -> l.id().equals("grafana.direct")).singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo(CheckStatus.SKIPPED))
        .satisfies(l -> assertThat(l.detail()).contains("deadline reached"));
    assertThat(report.checklist().lines()).filteredOn(l -> l.id().equals("grafana.health")).singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo(CheckStatus.PASSED));
    assertThat(report.checklist().lines()).filteredOn(l -> l.id().equals("direct.ping")).singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo(CheckStatus.SKIPPED));
    assertThat(report.checklist().isComplete()).isTrue();
  }

  @Test
  void aDeadlineMustBePositive() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GrafanaSideDiagnoser(null, DirectCredentials.NONE, List::of,
        url -> ServerInfo.unknown(), probes, Clock.systemUTC(), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadline");
  }
}
