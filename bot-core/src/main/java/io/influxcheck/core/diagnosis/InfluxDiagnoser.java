package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.ChecklistTracker.QUERY;
import static io.influxcheck.core.diagnosis.ChecklistTracker.REACHABLE;
import static io.influxcheck.core.diagnosis.ChecklistTracker.SERVER;

import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.Secret;
import io.influxcheck.config.SettingsOrigin;
import io.influxcheck.core.probe.Deadline;
import io.influxcheck.core.probe.HttpProbe;
import io.influxcheck.core.probe.ProbeResult;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.core.probe.SecretScrubber;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Diagnoses one data source directly against InfluxDB. It first replays Grafana's own health query
 * (same endpoint, method, query and credentials) while identifying the server ({@code /ping},
 * {@code /health}), then runs the probes that explain a failure. Independent probes run at the same
 * time on a small bounded pool; every request is bounded by {@link ProbeSettings#timeout()} and the
 * whole run by {@link ProbeSettings#deadline()}. Thread-safe; one instance serves every diagnosis.
 */
public final class InfluxDiagnoser implements Diagnoser {
  private static final int PROBE_THREADS = 8;

  private final OkHttpClient client;
  private final Clock clock;
  private final ProbeSettings settings;
  private final ThreadPoolExecutor executor;

  private InfluxDiagnoser(OkHttpClient client, Clock clock, ProbeSettings settings) {
    this.client = Objects.requireNonNull(client, "client is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.executor = new ThreadPoolExecutor(PROBE_THREADS, PROBE_THREADS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemonThreads());
    this.executor.allowCoreThreadTimeOut(true);
  }

  public static InfluxDiagnoser create(OkHttpClient client, Clock clock, ProbeSettings settings) {
    return new InfluxDiagnoser(client, clock, settings);
  }

  @Override
  public Report diagnose(DataSourceSettings ds, ProgressListener progress) {
    long start = System.nanoTime();
    Deadline deadline = Deadline.after(settings.deadline());
    ChecklistTracker checklist = new ChecklistTracker("Diagnosis of " + ds.displayName(), progress);
    GrafanaCredentials credentials = GrafanaCredentials.of(ds);
    Optional<HttpUrl> url = ConfigurationChecks.parseUrl(ds.url());
    Prober prober = url.map(u -> new Prober(new HttpProbe(client, u, settings, deadline, scrubberFor(ds)), executor, deadline)).orElse(null);
    DiagnosisRun run = new DiagnosisRun(ds, safeUrl(ds), credentials, prober, checklist);
    run.server(new Detection(false, null, ServerKind.UNKNOWN, io.influxcheck.core.report.ServerInfo.unknown(), List.of()));

    boolean sendsQuery = new ConfigurationChecks(run).check();
    if (prober != null) {
      probe(run, sendsQuery && !credentials.hidden(), credentials.hidden());
    }
    Checklist finalList = checklist.finish(deadline.hasPassed() ? "not reached before the deadline" : "not needed");
    List<Finding> findings = new ArrayList<>(run.findings());
    findings.sort(Comparator.comparingInt(f -> f.severity().ordinal()));
    return new Report(reference(ds, run.url), VerdictRule.of(findings), run.server().info(), findings, finalList,
        Duration.ofNanos(System.nanoTime() - start).toMillis(), clock.instant());
  }

  private void probe(DiagnosisRun run, boolean replay, boolean hidden) {
    ChecklistTracker checklist = run.checklist;
    checklist.running(REACHABLE);
    checklist.running(SERVER);
    Prober.Pending ping = run.prober.start(ServerDetector.ping());
    Prober.Pending health = run.prober.start(ServerDetector.health());
    Prober.Pending query = null;
    if (replay) {
      checklist.running(QUERY);
      query = run.prober.start(GrafanaQueryReplay.of(run));
    } else if (hidden) {
      checklist.skipped(QUERY, "Grafana holds the secret (" + run.credentials.description()
          + "); it cannot be read back, so its query cannot be replayed. Diagnose from the provisioning file, or use Grafana's health check");
    }
    ProbeResult pingResult = ping.result();
    ProbeResult healthResult = health.result();
    Detection detection = new ServerDetector().detect(pingResult, healthResult);
    if (detection.kind() == ServerKind.V3 && detection.info().version().isEmpty() && !run.credentials.headers().isEmpty()) {
      // InfluxDB 3 guards /ping with a token by default; ask again with the credentials Grafana sends.
      pingResult = run.prober.send(run.withGrafanaCredentials(ServerDetector.ping()));
      detection = new ServerDetector().detect(pingResult, healthResult);
    }
    run.server(detection);
    if (!detection.reachable()) {
      checklist.failed(REACHABLE, "no answer: " + detection.failure());
      CommonFindings.transport(run, (ProbeResult.TransportFailure) pingResult, List.of());
      return;
    }
    checklist.passed(REACHABLE, "answers HTTP");
    if (detection.isIdentified()) {
      checklist.passed(SERVER, detection.describe());
      run.add(FindingCode.SERVER_DETECTED, detection.describe(),
          "The server identifies itself as " + detection.describe() + ".", detection.evidence(), Fix.none());
    } else if (pingResult instanceof ProbeResult.Answered
        && CommonFindings.anomaly(run, (ProbeResult.Answered) pingResult, "InfluxDB's /ping")) {
      checklist.failed(SERVER, "not InfluxDB");
      return;
    } else {
      checklist.warned(SERVER, "answers, but does not identify itself as InfluxDB");
    }
    if (query != null) {
      languageChecks(run, query.result());
    }
  }

  private static void languageChecks(DiagnosisRun run, ProbeResult replay) {
    switch (run.settings.queryLanguage()) {
      case FLUX:
        new FluxChecks(run).check(replay);
        break;
      case SQL:
        new SqlChecks(run).check(replay);
        break;
      case INFLUXQL:
      default:
        new InfluxqlChecks(run).check(replay);
    }
  }

  private static SecretScrubber scrubberFor(DataSourceSettings ds) {
    List<Secret> secrets = new ArrayList<>(List.of(ds.token(), ds.password(), ds.basicAuthPassword()));
    for (CustomHeader header : ds.customHeaders()) {
      secrets.add(header.value());
    }
    ConfigurationChecks.parseUrl(ds.url()).ifPresent(url -> {
      secrets.add(Secret.of(url.password()));
      secrets.add(Secret.of(url.queryParameter("p")));
    });
    return new SecretScrubber(secrets);
  }

  /** The URL as configured, without user info or {@code u}/{@code p} parameters when it carries them. */
  static String safeUrl(DataSourceSettings ds) {
    Optional<HttpUrl> parsed = ConfigurationChecks.parseUrl(ds.url());
    boolean carriesCredentials = parsed.map(u -> !u.username().isEmpty() || !u.password().isEmpty()
        || u.queryParameter("u") != null || u.queryParameter("p") != null).orElse(ds.url().contains("@"));
    if (!carriesCredentials) {
      return ds.url();
    }
    return parsed
        .map(u -> u.newBuilder().username("").password("").removeAllQueryParameters("u").removeAllQueryParameters("p").build().toString())
        .orElse(ds.url().replaceAll("//[^/@]*@", "//"));
  }

  private static DataSourceRef reference(DataSourceSettings ds, String safeUrl) {
    String grafana = ds.origin().kind() == SettingsOrigin.Kind.GRAFANA_API ? ds.origin().location() : "";
    return new DataSourceRef(ds.name().isEmpty() ? "(unnamed)" : ds.name(), ds.uid(), safeUrl, ds.queryLanguage(), grafana, "");
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "influx-probe-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
