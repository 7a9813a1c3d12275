package io.influxcheck.app.bench;

import java.util.List;

/** Everything one {@code influx-check bench} run measured, with the machine and the targets' verdicts. */
public record BenchReport(
    Machine machine,
    BenchSettings settings,
    List<Latency> diagnoses,
    List<Latency> boundedByTimeout,
    List<AllRun> all,
    Latency retest,
    List<SingleFlightRun> singleFlight,
    SlackRun slack,
    MemoryRun memory,
    List<Target> targets) {

  public BenchReport {
    diagnoses = List.copyOf(diagnoses);
    boundedByTimeout = List.copyOf(boundedByTimeout);
    all = List.copyOf(all);
    singleFlight = List.copyOf(singleFlight);
    targets = List.copyOf(targets);
  }

  public boolean allTargetsMet() {
    return targets.stream().allMatch(Target::pass);
  }
}
