package io.influxcheck.lab.scenario;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.InfluxDiagnoser;
import io.influxcheck.core.grafana.DirectCredentials;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.core.grafana.GrafanaSideDiagnoser;
import io.influxcheck.core.grafana.PingServerDetector;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * Runs scenarios against a running {@link Lab} with the real diagnosis: direct scenarios through
 * {@link InfluxDiagnoser}, Grafana scenarios through {@link GrafanaSideDiagnoser}. Several scenarios
 * run at once on a bounded pool; each must finish within {@link #scenarioLimit()}, or its outcome says so.
 * Close it to stop its threads.
 */
public final class ScenarioRunner implements AutoCloseable {
  /** Short limits: every lab server is on loopback, and the never-answering one must not hold the demo up. */
  public static final ProbeSettings LAB_PROBES = new ProbeSettings(Duration.ofSeconds(2), Duration.ofSeconds(6), 1024 * 1024);
  private static final int PARALLEL_SCENARIOS = 4;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Lab lab;
  private final ProbeSettings probes;
  private final InfluxDiagnoser direct;
  private final OkHttpClient http;
  private final ExecutorService scenarios;
  private final ExecutorService grafanaProbes;
  private final Clock clock;

  public ScenarioRunner(Lab lab) {
    this(lab, LAB_PROBES, Clock.systemUTC());
  }

  public ScenarioRunner(Lab lab, ProbeSettings probes, Clock clock) {
    this.lab = Objects.requireNonNull(lab, "lab is null");
    this.probes = Objects.requireNonNull(probes, "probes is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.http = new OkHttpClient.Builder().connectTimeout(probes.timeout()).readTimeout(probes.timeout())
        .callTimeout(probes.timeout()).followRedirects(false).retryOnConnectionFailure(false).build();
    this.direct = InfluxDiagnoser.create(http, clock, probes);
    int pool = POOLS.incrementAndGet();
    this.scenarios = Executors.newFixedThreadPool(PARALLEL_SCENARIOS, daemon("scenario-" + pool + "-"));
    this.grafanaProbes = Executors.newFixedThreadPool(PARALLEL_SCENARIOS * 4, daemon("scenario-grafana-" + pool + "-"));
  }

  /** How long one scenario may take: the probe deadline plus room for Grafana's side. */
  public Duration scenarioLimit() {
    return probes.deadline().plus(probes.timeout()).plusSeconds(2);
  }

  /** Runs one scenario; its outcome says so if it misses {@link #scenarioLimit()}. */
  public ScenarioOutcome run(Scenario scenario) {
    return await(scenario, scenarios.submit(() -> diagnose(scenario)));
  }

  /** Runs every scenario, several at a time; outcomes in the order given. */
  public List<ScenarioOutcome> runAll(List<Scenario> list) {
    List<Future<Report>> futures = new ArrayList<>();
    for (Scenario scenario : list) {
      futures.add(scenarios.submit(() -> diagnose(scenario)));
    }
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      outcomes.add(await(list.get(i), futures.get(i)));
    }
    return outcomes;
  }

  /** The report for one scenario; throws only on a bug in the diagnosis. */
  public Report diagnose(Scenario scenario) {
    ScenarioInput input = scenario.input(lab);
    if (input instanceof ScenarioInput.Direct directInput) {
      return direct.diagnose(directInput.settings(), ProgressListener.NONE);
    }
    return throughGrafana((ScenarioInput.ThroughGrafana) input);
  }

  private Report throughGrafana(ScenarioInput.ThroughGrafana input) {
    DirectCredentials credentials = live -> input.directCredentials().filter(d -> d.uid().equals(live.uid()));
    List<DataSourceSettings> provisioned = input.provisioned();
    GrafanaSideDiagnoser side = new GrafanaSideDiagnoser(direct, credentials, () -> provisioned,
        new PingServerDetector(probes.timeout()), grafanaProbes, clock);
    GrafanaConnection connection = new GrafanaConnection("lab", input.grafanaUrl(), input.botToken(), null, probes.timeout(), OptionalLong.empty());
    return side.diagnose(new GrafanaClient(connection, http), input.uid(), ProgressListener.NONE);
  }

  private ScenarioOutcome await(Scenario scenario, Future<Report> future) {
    try {
      return ScenarioOutcome.of(scenario, future.get(scenarioLimit().toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      future.cancel(true);
      return ScenarioOutcome.failed(scenario, "no report within " + scenarioLimit().toSeconds() + " s");
    } catch (ExecutionException e) {
      return ScenarioOutcome.failed(scenario, "the diagnosis failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return ScenarioOutcome.failed(scenario, "interrupted");
    }
  }

  @Override
  public void close() {
    scenarios.shutdownNow();
    grafanaProbes.shutdownNow();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
