package io.influxcheck.app.bench;

import io.influxcheck.core.report.Report;
import io.influxcheck.lab.scenario.Scenario;
import io.influxcheck.lab.scenario.ScenarioCatalogue;
import io.influxcheck.lab.scenario.ScenarioOutcome;
import io.influxcheck.lab.scenario.ScenarioRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Part 1: one diagnosis at a time per kind of scenario, through the lab's {@link ScenarioRunner} (the real
 * {@code InfluxDiagnoser} and {@code GrafanaSideDiagnoser} with the configured probe limits), on the calling
 * thread. Every measured run's report is checked against the scenario's expectation: a fast wrong answer
 * would be no result.
 */
final class DiagnosisBench {
  /** A scenario of the catalogue and what it stands for in the results. */
  record Kind(String scenario, String what) { }

  /** Kinds that get an answer from a server (or a refused connection) without waiting for a timeout. */
  static final List<Kind> ANSWERING = List.of(
      new Kind("influx2-flux-healthy", "healthy: Flux on InfluxDB 2.x"),
      new Kind("influx2-flux-token-invalid", "bad token (InfluxDB 2.x)"),
      new Kind("influx2-influxql-dbrp-missing", "DBRP mapping missing (InfluxQL on 2.x)"),
      new Kind("influx18-influxql-wrong-password", "bad credentials (InfluxDB 1.8)"),
      new Kind("grafana-healthy", "Grafana side, healthy: health + data source + query"),
      new Kind("grafana-health-failed", "Grafana side, health check fails (1.8 rejects the password)"),
      new Kind("influx-unreachable", "InfluxDB refuses the connection"),
      new Kind("grafana-unreachable", "Grafana refuses the connection"));

  /** Kinds that end only when a timeout fires. */
  static final List<Kind> TIMEOUT_BOUND = List.of(
      new Kind("influx-never-answers", "InfluxDB accepts the connection and never answers"));

  private final ScenarioRunner runner;

  DiagnosisBench(ScenarioRunner runner) {
    this.runner = runner;
  }

  List<Latency> measure(List<Kind> kinds, int warmup, int iterations) {
    List<Latency> results = new ArrayList<>();
    for (Kind kind : kinds) {
      Optional<Scenario> scenario = ScenarioCatalogue.find(kind.scenario());
      if (scenario.isEmpty()) {
        results.add(new Latency(kind.scenario(), kind.what(), Stats.ofNanos(new long[0]), "not in the scenario catalogue: skipped", true));
        continue;
      }
      results.add(measure(scenario.get(), kind.what(), warmup, iterations));
    }
    return results;
  }

  private Latency measure(Scenario scenario, String what, int warmup, int iterations) {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger expected = new AtomicInteger();
    List<String> mismatches = new ArrayList<>();
    Stats stats = Stopwatch.measure(warmup, iterations, () -> {
      Report report = runner.diagnose(scenario);
      ScenarioOutcome outcome = new ScenarioOutcome(scenario, Optional.of(report), "");
      if (runs.incrementAndGet() > warmup) {
        if (outcome.asExpected()) {
          expected.incrementAndGet();
        } else if (mismatches.isEmpty()) {
          mismatches.add(outcome.mismatch());
        }
      }
    });
    String check = expected.get() + "/" + iterations + " as expected" + (mismatches.isEmpty() ? "" : "; first mismatch: " + mismatches.get(0));
    return new Latency(scenario.name(), what, stats, check, expected.get() == iterations);
  }
}
