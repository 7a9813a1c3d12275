package io.influxcheck.core.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.probe.Deadline;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.report.ServerInfo;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Diagnoses one data source from Grafana's side: Grafana reachable, the bot's token and permissions,
 * the live settings, Grafana's health check, a dashboard query, and, when the bot has its own
 * credentials for the data source, the direct diagnosis and a comparison of the two vantage points.
 * The probes after reading the settings run concurrently. One deadline bounds the whole diagnosis:
 * every Grafana request is capped by the time left, and the direct diagnosis is waited for only until
 * then; when it passes, the report says what is known, the unfinished lines are skipped, and the
 * verdict is INCONCLUSIVE unless an error was already proven. Never throws for anything Grafana or
 * InfluxDB can do.
 */
public final class GrafanaSideDiagnoser {
  static final String DEADLINE_REACHED = "skipped: deadline reached";
  /** Extra wait past the deadline for a direct diagnosis or server detection that is already being cut off by its own deadline. */
  private static final long GRACE_MS = 250;

  private final Diagnoser direct;
  private final DirectCredentials credentials;
  private final Supplier<List<DataSourceSettings>> provisioned;
  private final ServerDetector detector;
  private final Executor executor;
  private final Clock clock;
  private final GrafanaHealthCheck healthCheck;
  private final Duration deadline;

  /**
   * @param direct the direct diagnosis, run when {@code credentials} has the bot's own credentials for a data source
   * @param provisioned the provisioning files' data sources, to detect drift (empty list when none are configured)
   * @param detector detects the InfluxDB server when there is no direct diagnosis
   * @param executor runs the independent probes concurrently
   */
  public GrafanaSideDiagnoser(Diagnoser direct, DirectCredentials credentials, Supplier<List<DataSourceSettings>> provisioned,
      ServerDetector detector, Executor executor, Clock clock) {
    this(direct, credentials, provisioned, detector, executor, clock, ProbeSettings.DEFAULT_DEADLINE);
  }

  /** @param deadline how long one whole diagnosis may take (probes.deadline) */
  public GrafanaSideDiagnoser(Diagnoser direct, DirectCredentials credentials, Supplier<List<DataSourceSettings>> provisioned,
      ServerDetector detector, Executor executor, Clock clock, Duration deadline) {
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive, was " + deadline);
    }
    this.deadline = deadline;
    this.direct = direct;
    this.credentials = credentials;
    this.provisioned = provisioned;
    this.detector = detector;
    this.executor = executor;
    this.clock = clock;
    this.healthCheck = new GrafanaHealthCheck(clock);
  }

  /**
   * Why the remaining checks are skipped. A request whose timeout was the rest of the deadline can
   * time out a moment before the deadline's clock says it passed; it still counts as the deadline.
   */
  private static String reason(Deadline end, GrafanaExchange exchange, String otherwise) {
    boolean deadline = end.hasPassed() || exchange instanceof GrafanaExchange.Failed failed && failed.isDeadline();
    return deadline ? "deadline reached" : otherwise;
  }

  public Report diagnose(GrafanaClient unbounded, String uid, ProgressListener progress) {
    long start = System.nanoTime();
    Deadline end = Deadline.after(deadline);
    GrafanaClient client = unbounded.within(end);
    GrafanaConnection grafana = client.connection();
    GrafanaChecklist checklist = new GrafanaChecklist("Diagnosing " + uid + " in Grafana " + grafana.name(), progress);
    DataSourceRef unresolved = new DataSourceRef(uid, uid, "", QueryLanguage.INFLUXQL, grafana.name(), grafana.dataSourceLink(uid));

    checklist.set(GrafanaChecklist.REACHABLE, CheckStatus.RUNNING, "");
    GrafanaExchange health = client.health();
    Optional<Finding> unreachable = unreachable(grafana, health);
    if (unreachable.isPresent()) {
      checklist.set(GrafanaChecklist.REACHABLE, CheckStatus.FAILED, unreachable.get().title());
      return stop(unresolved, unreachable.get(), checklist, reason(end, health, "Grafana cannot be reached"), start);
    }
    checklist.set(GrafanaChecklist.REACHABLE, CheckStatus.PASSED, grafanaVersion((GrafanaExchange.Answered) health));

    checklist.set(GrafanaChecklist.SETTINGS, CheckStatus.RUNNING, "");
    GrafanaExchange read = client.dataSource(uid);
    Optional<Finding> unreadable = unreadable(grafana, uid, read);
    if (unreadable.isPresent()) {
      checklist.set(GrafanaChecklist.SETTINGS, CheckStatus.FAILED, unreadable.get().title());
      return stop(unresolved, unreadable.get(), checklist, reason(end, read, "the data source cannot be read"), start);
    }
    DataSourceSettings live = GrafanaDataSourceReader.read(GrafanaJson.parse(((GrafanaExchange.Answered) read).body()), grafana.name());
    checklist.set(GrafanaChecklist.SETTINGS, CheckStatus.PASSED, live.displayName() + ", " + live.queryLanguage().grafanaName());
    DataSourceRef ref = new DataSourceRef(live.name(), live.uid(), live.url(), live.queryLanguage(), grafana.name(), grafana.dataSourceLink(live.uid()));
    return new Probes(client, live, ref, checklist, end).run(start);
  }

  /** The concurrent part, once the live settings are known. */
  private final class Probes {
    private final GrafanaClient client;
    private final DataSourceSettings live;
    private final DataSourceRef ref;
    private final GrafanaChecklist checklist;
    private final String auth;
    private final Deadline end;
    private boolean cutOff;

    Probes(GrafanaClient client, DataSourceSettings live, DataSourceRef ref, GrafanaChecklist checklist, Deadline end) {
      this.end = end;
      this.client = client;
      this.live = live;
      this.ref = ref;
      this.checklist = checklist;
      this.auth = client.connection().authDescription();
    }

    Report run(long start) {
      Optional<DataSourceSettings> directSettings = credentials.directSettings(live);
      checklist.set(GrafanaChecklist.HEALTH, CheckStatus.RUNNING, "");
      checklist.set(GrafanaChecklist.QUERY, CheckStatus.RUNNING, DashboardQuery.queryText(live));
      CompletableFuture<GrafanaHealthCheck.Outcome> healthCall = async(() -> healthCheck.run(client, live.uid(), live.queryLanguage(), ServerInfo.unknown()));
      CompletableFuture<DashboardQuery.Outcome> queryCall = async(() -> DashboardQuery.run(client, live));
      CompletableFuture<Optional<Report>> directCall = directSettings.isPresent()
          ? async(() -> Optional.of(runDirect(directSettings.get())))
          : CompletableFuture.completedFuture(Optional.empty());
      CompletableFuture<ServerInfo> detected = directSettings.isPresent()
          ? CompletableFuture.completedFuture(ServerInfo.unknown())
          : async(() -> live.url().isBlank() ? ServerInfo.unknown() : detector.detect(live.url()));
      if (directSettings.isEmpty()) {
        checklist.set(GrafanaChecklist.DIRECT, CheckStatus.SKIPPED, "no direct credentials for this data source in influx-check.yaml");
      }

      Optional<Report> directReport = await(directCall, Optional.empty());
      ServerInfo server = directReport.map(Report::server).filter(ServerInfo::isKnown).orElseGet(() -> await(detected, ServerInfo.unknown()));
      GrafanaHealthCheck.Outcome health = reclassified(healthCall.join(), server);
      DashboardQuery.Outcome query = queryCall.join();

      GrafanaViewFindings view = new GrafanaViewFindings(live, ref.link(), auth, server);
      FindingSet findings = new FindingSet();
      findings.addAll(view.health(health));
      tick(GrafanaChecklist.HEALTH, health);
      Optional<DashboardQuery.Outcome> confirmation = confirmEmpty(query, health.snapshot());
      findings.addAll(view.dashboardPath(query, confirmation, health.snapshot(), queryAccess(query)));
      tickQuery(query, confirmation);

      List<Finding> config = LiveSettingsCheck.check(live, ref.link(), server, health.snapshot().status() == HealthStatus.OK);
      findings.addAll(config);
      checklist.set(GrafanaChecklist.CONFIG, GrafanaVerdicts.status(config),
          config.isEmpty() ? "language, organization, stored secrets" : String.join("; ", config.stream().map(Finding::title).toList()));
      if (server.isKnown() && directReport.isEmpty()) {
        findings.add(Finding.of(FindingCode.SERVER_DETECTED, server.product() + " " + server.version() + " at " + live.url(),
            "Detected from the headers of GET /ping.", List.of(Evidence.note("influxdb", "GET /ping", server.product() + " " + server.version())), Fix.none()));
      }
      List<Finding> grafanaSide = findings.list();
      directReport.ifPresent(report -> {
        findings.addAll(report.findings());
        VantageComparison.compare(live, ref.link(), health.snapshot(), health.exchange(), auth, report).ifPresent(findings::add);
        checklist.set(GrafanaChecklist.DIRECT, GrafanaVerdicts.status(report.verdict()), report.verdict().name().toLowerCase(Locale.ROOT));
      });
      drift(findings);

      List<Finding> all = findings.list();
      Verdict verdict = GrafanaVerdicts.verdict(grafanaSide, health.snapshot(), directReport);
      if (ranOut(health, query, confirmation)) {
        checklist.skipRemaining(DEADLINE_REACHED);
        verdict = verdict == Verdict.UNHEALTHY ? verdict : Verdict.INCONCLUSIVE;
      }
      return new Report(ref, verdict, server, all, checklist.snapshot(), (System.nanoTime() - start) / 1_000_000, clock.instant());
    }

    /** Waits for {@code call} until the deadline (plus a little grace); what has not finished by then is cut off. */
    private <T> T await(CompletableFuture<T> call, T cutOffValue) {
      try {
        return call.get(end.remaining().toMillis() + GRACE_MS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        cutOff = true;
        return cutOffValue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cutOff = true;
        return cutOffValue;
      } catch (ExecutionException e) {
        throw new CompletionException(e.getCause());
      }
    }

    /** Whether the deadline cut something short: a call still running, or a Grafana request that got no answer in time. */
    private boolean ranOut(GrafanaHealthCheck.Outcome health, DashboardQuery.Outcome query, Optional<DashboardQuery.Outcome> confirmation) {
      if (!end.hasPassed()) {
        return false;
      }
      return cutOff || timedOut(health.exchange()) || timedOut(query.exchange()) || confirmation.map(c -> timedOut(c.exchange())).orElse(false);
    }

    private Report runDirect(DataSourceSettings settings) {
      checklist.set(GrafanaChecklist.DIRECT, CheckStatus.RUNNING, "");
      return direct.diagnose(settings, checklist::direct);
    }

    private void drift(FindingSet findings) {
      List<DataSourceSettings> files = provisioned.get();
      Optional<DataSourceSettings> file = ProvisioningDrift.declaring(live, files);
      if (file.isEmpty()) {
        checklist.set(GrafanaChecklist.PROVISIONING, CheckStatus.SKIPPED,
            files.isEmpty() ? "no provisioning files configured" : "not declared in the provisioning files");
        return;
      }
      Optional<Finding> drift = ProvisioningDrift.compare(live, file.get());
      drift.ifPresent(findings::add);
      checklist.set(GrafanaChecklist.PROVISIONING, drift.isPresent() ? CheckStatus.WARNED : CheckStatus.PASSED,
          drift.map(Finding::title).orElse("same as " + file.get().origin()));
    }

    private Optional<Finding> queryAccess(DashboardQuery.Outcome query) {
      return query.exchange() instanceof GrafanaExchange.Answered answered
          ? GrafanaAccess.problem(client.connection(), answered, GrafanaPermissions.QUERY)
          : Optional.empty();
    }

    private void tick(String line, GrafanaHealthCheck.Outcome health) {
      CheckStatus status = switch (health.snapshot().status()) {
        case OK -> HealthMessageClassifier.isEmptyPass(health.snapshot().message()) ? CheckStatus.WARNED : CheckStatus.PASSED;
        case ERROR -> CheckStatus.FAILED;
        case UNKNOWN -> CheckStatus.FAILED;
      };
      checklist.set(line, status, health.snapshot().message().strip());
    }

    /** An empty InfluxQL answer while health passes: is the database empty, or missing/unmapped? */
    private Optional<DashboardQuery.Outcome> confirmEmpty(DashboardQuery.Outcome query, HealthSnapshot health) {
      if (query.kind() != DashboardQuery.Kind.EMPTY || health.status() != HealthStatus.OK || live.queryLanguage() != QueryLanguage.INFLUXQL) {
        return Optional.empty();
      }
      return Optional.of(DashboardQuery.run(client, live, DashboardQuery.INFLUXQL_CONFIRM));
    }

    private void tickQuery(DashboardQuery.Outcome query, Optional<DashboardQuery.Outcome> confirmation) {
      switch (query.kind()) {
        case DATA -> checklist.set(GrafanaChecklist.QUERY, CheckStatus.PASSED, query.rows() + " row(s)");
        case EMPTY -> checklist.set(GrafanaChecklist.QUERY, confirmation.isPresent() ? CheckStatus.WARNED : CheckStatus.PASSED, confirmation
            .filter(c -> c.kind() == DashboardQuery.Kind.ERROR).map(c -> DashboardQuery.INFLUXQL_CONFIRM + ": " + c.error())
            .orElse("answered, no rows"));
        case ERROR, NO_ANSWER -> checklist.set(GrafanaChecklist.QUERY, CheckStatus.FAILED, query.error());
      }
    }

    private GrafanaHealthCheck.Outcome reclassified(GrafanaHealthCheck.Outcome outcome, ServerInfo server) {
      var snapshot = outcome.snapshot();
      if (snapshot.status() != HealthStatus.ERROR) {
        return outcome;
      }
      FindingCode cause = HealthMessageClassifier.classify(snapshot.message(), live.queryLanguage(), server).orElse(null);
      return new GrafanaHealthCheck.Outcome(new HealthSnapshot(snapshot.status(), snapshot.message(), cause, snapshot.at()),
          outcome.exchange(), outcome.accessProblem());
    }
  }

  private <T> CompletableFuture<T> async(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, executor);
  }

  private static boolean timedOut(GrafanaExchange exchange) {
    return exchange instanceof GrafanaExchange.Failed failed && failed.failure() == GrafanaExchange.Failure.TIMEOUT;
  }

  private Report stop(DataSourceRef ref, Finding finding, GrafanaChecklist checklist, String reason, long start) {
    checklist.skipRemaining("skipped: " + reason);
    return new Report(ref, Verdict.INCONCLUSIVE, ServerInfo.unknown(), List.of(finding), checklist.snapshot(),
        (System.nanoTime() - start) / 1_000_000, clock.instant());
  }

  private static Optional<Finding> unreachable(GrafanaConnection grafana, GrafanaExchange health) {
    String auth = grafana.authDescription();
    if (health instanceof GrafanaExchange.Failed failed) {
      return Optional.of(Finding.of(FindingCode.GRAFANA_UNREACHABLE,
          "Grafana " + grafana.name() + " cannot be reached at " + grafana.url() + " (" + failed.failure().describe() + ")",
          failed.detail(), List.of(health.evidence(auth)),
          Fix.of("Check grafana[" + grafana.name() + "].url in influx-check.yaml and that the bot's host can reach it.")));
    }
    GrafanaExchange.Answered answer = (GrafanaExchange.Answered) health;
    if (answer.status() != 200 && answer.status() != 503 || !GrafanaJson.parse(answer.body()).has("database")) {
      return Optional.of(Finding.of(FindingCode.GRAFANA_UNREACHABLE,
          "Grafana " + grafana.name() + " at " + grafana.url() + " does not answer like Grafana (GET /api/health: " + answer.status() + ")",
          "Grafana answers /api/health with its database status and version; this server did not.",
          List.of(health.evidence(auth)), Fix.of("Check grafana[" + grafana.name() + "].url: it should be Grafana's root URL (including any sub-path).")));
    }
    return Optional.empty();
  }

  private static Optional<Finding> unreadable(GrafanaConnection grafana, String uid, GrafanaExchange read) {
    if (read instanceof GrafanaExchange.Failed) {
      return unreachable(grafana, read);
    }
    GrafanaExchange.Answered answer = (GrafanaExchange.Answered) read;
    Optional<Finding> access = GrafanaAccess.problem(grafana, answer, GrafanaPermissions.READ);
    if (access.isPresent()) {
      return access;
    }
    JsonNode body = GrafanaJson.parse(answer.body());
    if (answer.status() == 404 || answer.status() == 200 && !"influxdb".equalsIgnoreCase(GrafanaJson.text(body, "type"))) {
      String what = answer.status() == 404 ? "has no data source with uid `" + uid + "`"
          : "data source `" + uid + "` is of type `" + GrafanaJson.text(body, "type") + "`, not InfluxDB";
      return Optional.of(Finding.of(FindingCode.DATASOURCE_NOT_FOUND, "Grafana " + grafana.name() + " " + what,
          "GET /api/datasources/uid/" + uid + " answered " + answer.status() + ".", List.of(answer.evidence(grafana.authDescription())),
          Fix.of("Use a uid or name from `influx-check list` (uids are case-sensitive in Grafana's API).")));
    }
    if (answer.status() != 200) {
      return Optional.of(Finding.of(FindingCode.GRAFANA_UNREACHABLE, "Grafana " + grafana.name() + " failed to return the data source ("
          + answer.status() + ")", GrafanaJson.text(body, "message"), List.of(answer.evidence(grafana.authDescription())),
          Fix.of("Check Grafana's log for the request; the bot's request was well-formed.")));
    }
    return Optional.empty();
  }

  private static String grafanaVersion(GrafanaExchange.Answered health) {
    JsonNode body = GrafanaJson.parse(health.body());
    String version = GrafanaJson.text(body, "version");
    String database = GrafanaJson.text(body, "database");
    return (version.isEmpty() ? "Grafana (version hidden)" : "Grafana " + version) + ("ok".equals(database) ? "" : ", database " + database);
  }
}
