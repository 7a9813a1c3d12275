package io.influxcheck.app.bench;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.lab.scenario.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Part 2: the chat command {@code all} through the core command handler as {@code serve} wires it: a fresh
 * listing of the lab Grafana (the command lists every time), then every data source diagnosed, at most
 * {@code concurrency} at once. Each workload at concurrency 1 and at the configured concurrency.
 */
final class AllBench {
  static final Requester REQUESTER = new Requester("bench", "U0BENCH", "bench");

  private final Lab lab;
  private final Diagnoser direct;
  private final ProbeSettings probes;

  AllBench(Lab lab, Diagnoser direct, ProbeSettings probes) {
    this.lab = lab;
    this.direct = direct;
    this.probes = probes;
  }

  /** The lab Grafana's data sources alone, then with the answering direct scenarios added. */
  List<AllRun> answering(int concurrency, int warmup, int iterations) {
    List<AllRun> runs = new ArrayList<>();
    List<DataSourceSettings> scenarios = Workloads.answering(lab);
    for (int c : concurrencies(concurrency)) {
      runs.add(run("lab Grafana", List.of(), c, warmup, iterations));
    }
    for (int c : concurrencies(concurrency)) {
      runs.add(run("lab Grafana + " + scenarios.size() + " direct scenarios", scenarios, c, warmup, iterations));
    }
    return runs;
  }

  /** The same with one data source that never answers: bounded by the probe timeout, not by the others. */
  List<AllRun> withNeverAnswering(int concurrency, int iterations) {
    List<DataSourceSettings> scenarios = new ArrayList<>(Workloads.answering(lab));
    scenarios.addAll(Workloads.neverAnswering(lab));
    List<AllRun> runs = new ArrayList<>();
    for (int c : concurrencies(concurrency)) {
      runs.add(run("lab Grafana + " + scenarios.size() + " direct scenarios, one never answers", scenarios, c, 0, iterations));
    }
    return runs;
  }

  private AllRun run(String workload, List<DataSourceSettings> provisioned, int concurrency, int warmup, int iterations) {
    try (LabBot bot = new LabBot(lab, direct, probes, provisioned, concurrency)) {
      int dataSources = bot.dataSourceCount();
      AtomicInteger runs = new AtomicInteger();
      AtomicInteger complete = new AtomicInteger();
      Stats wall = Stopwatch.measure(warmup, iterations, () -> {
        Reply reply = bot.handler().handle(new Command.DiagnoseAll(), REQUESTER, ProgressListener.NONE);
        boolean oneReportEach = reply instanceof Reply.SummaryReply summary && summary.reports().size() == dataSources;
        if (runs.incrementAndGet() > warmup && oneReportEach) {
          complete.incrementAndGet();
        }
      });
      double perSecond = wall.p50Ms() == 0 ? 0 : Math.round(dataSources / (wall.p50Ms() / 1000.0) * 10) / 10.0;
      return new AllRun(workload, dataSources, concurrency, wall, perSecond, complete.get() + "/" + iterations + " with one report per data source");
    }
  }

  private static List<Integer> concurrencies(int configured) {
    return configured == 1 ? List.of(1) : List.of(1, configured);
  }
}
