package io.influxcheck.app.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The targets that matter to the bot's users, checked against one run. A part that did not run (e.g. with
 * {@code --timeout-iterations 0}) has no target line. Thresholds are fixed here, not tuned to a result.
 */
final class Targets {
  static final double ACK_P99_MS = 100;
  static final double ANSWERING_P95_MS = 1000;
  static final double RETEST_P95_MS = 1000;
  static final double TIMEOUT_MARGIN_MS = 1000;
  static final double IDLE_HEAP_MB = 64;
  static final double HEAP_GROWTH_MB = 8;

  private Targets() { }

  static List<Target> evaluate(BenchSettings settings, List<Latency> diagnoses, List<Latency> bounded, List<AllRun> all,
      Latency retest, List<SingleFlightRun> singleFlight, SlackRun slack, MemoryRun memory) {
    List<Target> targets = new ArrayList<>();
    double deadline = settings.probeDeadlineMs();
    if (slack != null) {
      targets.add(new Target("Slack ack p99", "< " + fmt(ACK_P99_MS) + " ms (Slack allows 3 s)", fmt(slack.ack().p99Ms()) + " ms",
          slack.ack().p99Ms() < ACK_P99_MS));
      targets.add(new Target("Slack answer delivered p95", "< " + fmt(deadline) + " ms (the diagnosis deadline)",
          fmt(slack.answer().p95Ms()) + " ms", slack.answer().count() > 0 && slack.answer().p95Ms() < deadline));
    }
    diagnoses.stream().filter(l -> l.name().equals("influx2-flux-healthy") || l.name().equals("grafana-healthy"))
        .forEach(l -> targets.add(new Target("Healthy diagnosis p95: " + l.name(), "< " + fmt(ANSWERING_P95_MS) + " ms on loopback",
            fmt(l.stats().p95Ms()) + " ms", l.stats().count() > 0 && l.stats().p95Ms() < ANSWERING_P95_MS)));
    diagnoses.stream().filter(l -> l.stats().count() > 0).max(Comparator.comparingDouble(l -> l.stats().p95Ms()))
        .ifPresent(worst -> targets.add(new Target("Every answering diagnosis p95", "< " + fmt(ANSWERING_P95_MS) + " ms on loopback",
            fmt(worst.stats().p95Ms()) + " ms (slowest: " + worst.name() + ")", worst.stats().p95Ms() < ANSWERING_P95_MS)));
    boolean allAsExpected = diagnoses.stream().allMatch(Latency::right) && bounded.stream().allMatch(Latency::right);
    targets.add(new Target("Every measured diagnosis right", "each report as the scenario expects",
        allAsExpected ? "yes" : "no (see the check column)", allAsExpected));
    for (Latency l : bounded) {
      if (l.stats().count() > 0) {
        targets.add(new Target("Bounded by timeout: " + l.name() + " max", "<= deadline + " + fmt(TIMEOUT_MARGIN_MS) + " ms = "
            + fmt(deadline + TIMEOUT_MARGIN_MS) + " ms", fmt(l.stats().maxMs()) + " ms", l.stats().maxMs() <= deadline + TIMEOUT_MARGIN_MS));
      }
    }
    all.stream().filter(run -> run.concurrency() == settings.concurrency()).forEach(run -> targets.add(new Target(
        "all at concurrency " + run.concurrency() + ", " + run.workload() + ": max", "< " + fmt(deadline) + " ms (the deadline)",
        fmt(run.wall().maxMs()) + " ms", run.wall().count() > 0 && run.wall().maxMs() < deadline)));
    if (retest != null) {
      targets.add(new Target("Re-test p95", "< " + fmt(RETEST_P95_MS) + " ms on loopback", fmt(retest.stats().p95Ms()) + " ms",
          retest.stats().p95Ms() < RETEST_P95_MS));
    }
    singleFlight.stream().filter(f -> f.modelledHealthLatencyMs() > 0).forEach(f -> targets.add(new Target(
        "Single-flight (health check held " + f.modelledHealthLatencyMs() + " ms)",
        "1 Grafana health call per wave of " + f.callersPerWave() + " re-tests",
        f.wavesWithOneCall() + "/" + f.waves() + " waves with 1 call, at most " + f.mostCallsInAWave(), f.mostCallsInAWave() == 1)));
    Optional.ofNullable(memory).ifPresent(m -> {
      targets.add(new Target("Heap after GC, idle (lab included)", "< " + fmt(IDLE_HEAP_MB) + " MB", fmt(m.idleMb()) + " MB",
          m.idleMb() < IDLE_HEAP_MB));
      targets.add(new Target("Heap growth over " + m.diagnoses() + " diagnoses", "< " + fmt(HEAP_GROWTH_MB) + " MB",
          fmt(m.growthMb()) + " MB", m.growthMb() < HEAP_GROWTH_MB));
    });
    return targets;
  }

  static String fmt(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.valueOf(value);
  }
}
