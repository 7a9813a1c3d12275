package io.influxcheck.app.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark's results as plain-text tables for a terminal (and to paste into docs/BENCHMARKS.md). */
final class TextReport {
  private final StringBuilder out = new StringBuilder();

  static String render(BenchReport report) {
    return new TextReport().write(report);
  }

  private String write(BenchReport r) {
    Machine m = r.machine();
    BenchSettings s = r.settings();
    line("influx-check bench  " + m.date());
    line("machine: " + m.cores() + " cores, " + m.jvm() + ", heap max " + m.heapMaxMb() + " MB, " + m.os()
        + (m.jvmArguments().isEmpty() ? "" : ", " + m.jvmArguments()));
    line("load average (1 min) at start: " + m.loadAverage1m() + (m.loadAverage1m() > m.cores() ? "  (busy machine: latencies inflated)" : ""));
    line("runs: " + s.warmup() + " warmup + " + s.iterations() + " measured; all: " + s.allIterations() + " measured; timeout cases: "
        + s.timeoutIterations() + "; probe timeout " + s.probeTimeoutMs() + " ms, deadline " + s.probeDeadlineMs() + " ms");
    line("times in ms; percentiles are nearest-rank over every measured run");
    if (!r.diagnoses().isEmpty()) {
      section("1. Diagnosis latency, one at a time");
      latencies(r.diagnoses());
    }
    if (!r.boundedByTimeout().isEmpty()) {
      section("1b. Bounded by timeout (a server that never answers)");
      latencies(r.boundedByTimeout());
    }
    if (!r.all().isEmpty()) {
      section("2. all: wall time of one whole command");
      row("workload", "ds", "conc", "min", "p50", "p95", "p99", "max", "ds/s @p50", "check");
      for (AllRun a : r.all()) {
        Stats w = a.wall();
        row(a.workload(), a.dataSources(), a.concurrency(), w.minMs(), w.p50Ms(), w.p95Ms(), w.p99Ms(), w.maxMs(), a.dataSourcesPerSecond(), a.check());
      }
    }
    if (r.retest() != null) {
      section("3. Re-test through Grafana's health API");
      latencies(List.of(r.retest()));
    }
    for (SingleFlightRun f : r.singleFlight()) {
      line("single-flight, health check " + (f.modelledHealthLatencyMs() == 0 ? "as the lab answers it" : "held " + f.modelledHealthLatencyMs()
          + " ms (a real Grafana's)") + ": " + f.waves() + " waves of " + f.callersPerWave() + " simultaneous re-tests -> "
          + f.healthCalls() + " Grafana health calls; " + f.wavesWithOneCall() + " waves with exactly 1, at most " + f.mostCallsInAWave());
      line("  wave (release to last answer): p50 " + f.wave().p50Ms() + ", p95 " + f.wave().p95Ms() + ", max " + f.wave().maxMs());
    }
    if (r.slack() != null) {
      SlackRun k = r.slack();
      section("4. Slack: " + k.command() + " through Bolt (HTTP mode, loopback)");
      row("measure", "n", "min", "p50", "p95", "p99", "max", "mean", "check");
      stats("ack (POST -> 200)", k.ack(), k.check());
      stats("answer delivered", k.answer(), "");
    }
    if (r.memory() != null) {
      MemoryRun mem = r.memory();
      section("5. Memory (heap used after System.gc() hints; approximate; includes the lab's simulators, not their call logs)");
      line("lab only " + mem.labOnlyMb() + " MB; handler built (idle) " + mem.idleMb() + " MB; after " + mem.diagnoses() / 2
          + " diagnoses " + mem.halfwayMb() + " MB; after " + mem.diagnoses() + " diagnoses " + mem.afterMb() + " MB (growth "
          + mem.growthMb() + " MB)");
      line("resident set at the end: " + (mem.residentMb() < 0 ? "n/a" : mem.residentMb() + " MB")
          + "; jar: " + (mem.jarBytes() < 0 ? "n/a (not run from the jar)" : String.format(Locale.ROOT, "%.1f MB", mem.jarBytes() / 1048576.0)));
    }
    section("Targets");
    for (Target t : r.targets()) {
      line((t.pass() ? "PASS  " : "FAIL  ") + t.name() + ": " + t.measured() + "  (target " + t.threshold() + ")");
    }
    return out.toString();
  }

  private void latencies(List<Latency> latencies) {
    row("case", "n", "min", "p50", "p95", "p99", "max", "mean", "check");
    for (Latency l : latencies) {
      stats(l.name(), l.stats(), l.check());
    }
  }

  private void stats(String name, Stats s, String check) {
    row(name, s.count(), s.minMs(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs(), s.meanMs(), check);
  }

  private void row(Object... cells) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-44s", cells[0]));
    for (int i = 1; i < cells.length - 1; i++) {
      text.append(String.format(Locale.ROOT, " %9s", cells[i]));
    }
    text.append("  ").append(cells[cells.length - 1]);
    line(text.toString().stripTrailing());
  }

  private void section(String title) {
    out.append('\n');
    line(title);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
