package io.influxcheck.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.config.SettingsOrigin;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.RunbookEntry;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.directory.DataSourceDirectory;
import io.influxcheck.core.grafana.DirectCredentials;
import io.influxcheck.core.grafana.GrafanaBodies;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.core.grafana.GrafanaRetestService;
import io.influxcheck.core.grafana.GrafanaSideDiagnoser;
import io.influxcheck.core.grafana.GrafanaStub;
import io.influxcheck.core.grafana.ServerDetector;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoreCommandHandlerTest {
  private static final String CANARY = "canary-glsa-handler-0002";
  private static final Requester ALICE = new Requester("slack", "U1", "alice");

  private final GrafanaStub grafana = GrafanaStub.start();
  private final ExecutorService probes = Executors.newCachedThreadPool();
  private final List<DataSourceSettings> directlyDiagnosed = new ArrayList<>();
  private final Diagnoser direct = (settings, progress) -> {
    synchronized (directlyDiagnosed) {
      directlyDiagnosed.add(settings);
    }
    return new Report(new DataSourceRef(settings.name(), settings.uid(), settings.url(), settings.queryLanguage(), "", ""),
        Verdict.HEALTHY, null, List.of(), new Checklist("direct", List.of()), 1, Instant.now());
  };

  @AfterEach
  void stop() {
    probes.shutdownNow();
    grafana.close();
  }

  private CoreCommandHandler handler(List<GrafanaClient> grafanas, Supplier<List<DataSourceSettings>> files) {
    DataSourceDirectory directory = new DataSourceDirectory(grafanas, files, probes, Clock.systemUTC(), Duration.ofSeconds(30));
    GrafanaSideDiagnoser side = new GrafanaSideDiagnoser(direct, DirectCredentials.NONE, files, ServerDetector.NONE, probes, Clock.systemUTC());
    GrafanaRetestService retest = new GrafanaRetestService(directory::grafana, Clock.systemUTC());
    Supplier<List<RunbookEntry>> runbook = () -> List.of(
        new RunbookEntry(FindingCode.TOKEN_INVALID, "The token is unknown.", "curl ...", "Create a token."),
        new RunbookEntry(FindingCode.GRAFANA_TOKEN_INVALID, "The bot's token is unknown.", "curl ...", "Create a token."));
    return new CoreCommandHandler(directory, side, direct, retest, runbook, 2);
  }

  private GrafanaClient prod() {
    return GrafanaClient.create(GrafanaConnection.of("prod", grafana.url(), Secret.of(CANARY)));
  }

  private void twoDataSources() {
    grafana.on("GET", "/api/datasources", 200, "[" + GrafanaBodies.fluxDataSource("influx-prod", "InfluxDB Prod", "http://influxdb:8086", "acme", "metrics", true)
        + "," + GrafanaBodies.influxqlDataSource("influx-legacy", "Legacy", "http://influx1:8086", "telegraf", "grafana", true)
        + ",{\"uid\":\"prom\",\"name\":\"Prometheus\",\"type\":\"prometheus\",\"url\":\"http://prom:9090\",\"jsonData\":{}}]");
  }

  @Test
  void listShowsOnlyInfluxDataSourcesWithWhereTheyWereFound() {
    twoDataSources();
    Reply reply = handler(List.of(prod()), List::of).handle(new Command.ListDataSources(), ALICE, ProgressListener.NONE);
    assertThat(reply).isInstanceOf(Reply.DataSourceList.class);
    List<DataSourceEntry> entries = ((Reply.DataSourceList) reply).entries();
    assertThat(entries).extracting(e -> e.ref().uid()).containsExactly("influx-prod", "influx-legacy");
    assertThat(entries.get(0).foundIn()).isEqualTo("grafana prod");
    assertThat(entries.get(0).ref().link()).isEqualTo(grafana.url() + "/connections/datasources/edit/influx-prod");
    assertThat(entries.get(1).ref().queryLanguage()).isEqualTo(QueryLanguage.INFLUXQL);
  }

  @Test
  void anUnknownNameAnswersWithTheClosestMatches() {
    twoDataSources();
    Reply reply = handler(List.of(prod()), List::of).handle(new Command.Diagnose("influxdb prd"), ALICE, ProgressListener.NONE);
    assertThat(reply).isInstanceOf(Reply.UsageError.class);
    Reply.UsageError error = (Reply.UsageError) reply;
    assertThat(error.message()).contains("influxdb prd").contains("in Grafana prod.").doesNotContain("provisioning files");
    assertThat(error.suggestions()).contains("InfluxDB Prod");
  }

  @Test
  void aNameInTwoGrafanasIsAmbiguousUntilQualified() {
    twoDataSources();
    try (GrafanaStub staging = GrafanaStub.start()) {
      staging.on("GET", "/api/datasources", 200, "[" + GrafanaBodies.fluxDataSource("influx-stg", "InfluxDB Prod", "http://influxdb:8086", "acme", "metrics", true) + "]");
      GrafanaClient stagingClient = GrafanaClient.create(GrafanaConnection.of("staging", staging.url(), Secret.of(CANARY)));
      CoreCommandHandler handler = handler(List.of(prod(), stagingClient), List::of);

      Reply ambiguous = handler.handle(new Command.Retest("influxdb prod"), ALICE, ProgressListener.NONE);
      assertThat(ambiguous).isInstanceOf(Reply.UsageError.class);
      assertThat(((Reply.UsageError) ambiguous).suggestions()).containsExactly("influx-prod@prod (InfluxDB Prod)", "influx-stg@staging (InfluxDB Prod)");

      staging.on("GET", "/api/datasources/uid/influx-stg/health", 200, GrafanaBodies.health("OK", "datasource is working. 3 buckets found"));
      Reply retest = handler.handle(new Command.Retest("InfluxDB Prod@STAGING"), ALICE, ProgressListener.NONE);
      assertThat(retest).isInstanceOf(Reply.RetestReply.class);
      assertThat(((Reply.RetestReply) retest).result().isOk()).isTrue();
      assertThat(((Reply.RetestReply) retest).result().requestedBy()).isEqualTo("alice");
    }
  }

  @Test
  void aProvisioningOnlyConfigDiagnosesDirectly() {
    DataSourceSettings file = DataSourceSettings.builder("influx-file").queryLanguage(QueryLanguage.FLUX).url("http://influxdb:8086")
        .organization("acme").defaultBucket("metrics").token(Secret.of("canary-influx-token-3"))
        .origin(SettingsOrigin.file("/etc/grafana/provisioning/datasources/influx.yaml", 4)).build();
    CoreCommandHandler handler = handler(List.of(), () -> List.of(file));

    Reply list = handler.handle(new Command.DefaultAction(), ALICE, ProgressListener.NONE);
    assertThat(((Reply.DataSourceList) list).entries()).singleElement()
        .satisfies(e -> assertThat(e.foundIn()).isEqualTo("file /etc/grafana/provisioning/datasources/influx.yaml:4"));
    Reply report = handler.handle(new Command.Diagnose("INFLUX-FILE"), ALICE, ProgressListener.NONE);
    assertThat(report).isInstanceOf(Reply.ReportReply.class);
    assertThat(directlyDiagnosed).containsExactly(file);

    Reply retest = handler.handle(new Command.Retest("influx-file"), ALICE, ProgressListener.NONE);
    assertThat(((Reply.UsageError) retest).message()).contains("provisioning file").contains("grafana:");
  }

  @Test
  void helpRunbookAndInvalidTextAreAnsweredWithoutAnyServer() {
    CoreCommandHandler handler = handler(List.of(), List::of);
    assertThat(handler.handle(new Command.Help(), ALICE, null)).isEqualTo(new Reply.HelpReply(CommandParser.USAGE));
    Reply one = handler.handle(new Command.Runbook("TOKEN_INVALID"), ALICE, ProgressListener.NONE);
    assertThat(((Reply.RunbookReply) one).entries()).extracting(RunbookEntry::code).containsExactly(FindingCode.TOKEN_INVALID);
    assertThat(((Reply.RunbookReply) handler.handle(new Command.Runbook(""), ALICE, ProgressListener.NONE)).entries()).hasSize(2);
    Reply invalid = handler.handle(new Command.Invalid("Unknown command `retset`.", List.of("retest")), ALICE, ProgressListener.NONE);
    assertThat(invalid).isEqualTo(new Reply.UsageError("Unknown command `retset`.", List.of("retest")));
  }

  @Test
  void anUnexpectedFailureBecomesAReplyWithACorrelationId() {
    DataSourceDirectory broken = new DataSourceDirectory(List.of(), () -> {
      throw new IllegalStateException("boom");
    }, probes, Clock.systemUTC(), Duration.ZERO);
    CoreCommandHandler handler = new CoreCommandHandler(broken, null, direct, null, () -> {
      throw new IllegalStateException("runbook missing");
    }, 1);
    Reply reply = handler.handle(new Command.Runbook(""), ALICE, ProgressListener.NONE);
    assertThat(reply).isInstanceOf(Reply.UsageError.class);
    assertThat(((Reply.UsageError) reply).message()).containsPattern("correlation id [0-9a-f]{8}");
  }

  @Test
  void allDiagnosesEveryDataSourceAndReportsAGrafanaThatCannotBeListed() {
    twoDataSources();
    grafana.on("GET", "/api/health", 200, GrafanaBodies.API_HEALTH);
    grafana.on("GET", "/api/datasources/uid/influx-prod", 200, GrafanaBodies.fluxDataSource("influx-prod", "InfluxDB Prod", "http://influxdb:8086", "acme", "metrics", true));
    grafana.on("GET", "/api/datasources/uid/influx-prod/health", 200, GrafanaBodies.health("OK", "datasource is working. 3 buckets found"));
    grafana.on("POST", "/api/ds/query", 200, GrafanaBodies.queryRows(1));
    grafana.on("GET", "/api/datasources/uid/influx-legacy", 200, GrafanaBodies.influxqlDataSource("influx-legacy", "Legacy", "http://influx1:8086", "telegraf", "grafana", true));
    grafana.on("GET", "/api/datasources/uid/influx-legacy/health", 400,
        GrafanaBodies.health("ERROR", "InfluxDB returned error: authorization failed error reading influxDB"));
    try (GrafanaStub locked = GrafanaStub.start()) {
      locked.on("GET", "/api/datasources", 401, GrafanaBodies.EXPIRED_KEY);
      GrafanaClient lockedClient = GrafanaClient.create(GrafanaConnection.of("locked", locked.url(), Secret.of(CANARY)));

      Reply reply = handler(List.of(prod(), lockedClient), List::of).handle(new Command.DiagnoseAll(), ALICE, ProgressListener.NONE);

      List<Report> reports = ((Reply.SummaryReply) reply).reports();
      assertThat(reports).extracting(r -> r.datasource().grafana() + "/" + r.verdict())
          .containsExactlyInAnyOrder("locked/INCONCLUSIVE", "prod/HEALTHY", "prod/UNHEALTHY");
      assertThat(reports.get(0).findings()).extracting(f -> f.code()).containsExactly(FindingCode.GRAFANA_TOKEN_INVALID);
      assertThat(reports.get(0).findings().get(0).title()).contains("expired");
      assertThat(reports.toString()).doesNotContain(CANARY);
    }
  }
}
