package io.influxcheck.app.bench;

import java.util.List;

/** A complete report with made-up numbers for renderer tests. */
final class BenchReports {
  private BenchReports() { }

  static BenchReport sample() {
    Machine machine = new Machine("2026-01-02T03:04:05Z", 2, "OpenJDK 64-Bit Server VM 17.0.15", "Linux 6.1 amd64", 512, 3.5, "-Xmx512m");
    BenchSettings settings = new BenchSettings(50, 10, 4, 10, 3, 8, 1000, 3000, 10000);
    Stats fast = new Stats(50, 1.5, 2.25, 4.0, 6.5, 7.0, 2.6);
    List<Latency> diagnoses = List.of(
        new Latency("influx2-flux-healthy", "healthy: Flux on InfluxDB 2.x", fast, "50/50 as expected", true),
        new Latency("grafana-healthy", "Grafana side, healthy", new Stats(50, 10, 12, 20, 25, 30, 13), "49/50 as expected; first mismatch: verdict UNHEALTHY", false));
    List<Latency> bounded = List.of(
        new Latency("influx-never-answers", "never answers", new Stats(3, 3001, 3002, 3003, 3003, 3003, 3002), "3/3 as expected", true));
    List<AllRun> all = List.of(
        new AllRun("lab Grafana", 5, 1, new Stats(10, 100, 120, 150, 150, 150, 122), 41.7, "10/10 with one report per data source"),
        new AllRun("lab Grafana", 5, 4, new Stats(10, 40, 50, 60, 60, 60, 51), 100.0, "10/10 with one report per data source"));
    Latency retest = new Latency("lab-influx2-flux", "Re-test", fast, "50/50 answered OK", true);
    List<SingleFlightRun> singleFlight = List.of(new SingleFlightRun(0, 50, 8, 52, 48, 2, fast),
        new SingleFlightRun(50, 50, 8, 50, 50, 1, new Stats(50, 50.5, 51, 52, 53, 54, 51.2)));
    SlackRun slack = new SlackRun("/influx-check lab-influx2-flux", fast, new Stats(50, 20, 30, 40, 45, 50, 31), "50/50 acknowledged with 200 and answered");
    MemoryRun memory = new MemoryRun(11.5, 12.5, 13.0, 13.25, 1000, 140.5, 25_210_924);
    List<Target> targets = Targets.evaluate(settings, diagnoses, bounded, all, retest, singleFlight, slack, memory);
    return new BenchReport(machine, settings, diagnoses, bounded, all, retest, singleFlight, slack, memory, targets);
  }
}
