package io.influxcheck.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.app.cli.Terminal;
import io.influxcheck.app.cli.UsageError;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.lab.scenario.Lab;
import io.influxcheck.lab.scenario.LabData;
import io.influxcheck.lab.scenario.ScenarioRunner;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code influx-check bench}: starts the embedded lab and measures what the bot's users feel (diagnosis
 * latency, {@code all}, re-test and its single-flight, the Slack ack, memory), then checks the targets.
 * Exit 0 when every target is met, 1 when one is missed, 2 for a bad option. docs/BENCHMARKS.md explains it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measure latency, throughput and memory against the embedded lab (no setup) and check the targets.",
        "Takes a few minutes with the defaults; progress goes to stderr, results to stdout."})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--iterations", paramLabel = "N", defaultValue = "50", description = "Measured runs per request benchmark (default ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "10", description = "Unmeasured runs before them (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--concurrency", paramLabel = "N",
      description = "The 'all' concurrency compared with 1 (default: probes.concurrency of the config, 4 unless set).")
  Integer concurrency;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Option(names = "--all-iterations", paramLabel = "N", defaultValue = "10",
      description = "Measured runs of each 'all' workload, after one warmup run (default ${DEFAULT-VALUE}).")
  int allIterations;

  @Option(names = "--timeout-iterations", paramLabel = "N", defaultValue = "3",
      description = "Measured runs of the cases bounded by a timeout, each taking seconds; 0 skips them (default ${DEFAULT-VALUE}).")
  int timeoutIterations;

  @Option(names = "--callers", paramLabel = "N", defaultValue = "8",
      description = "Simultaneous re-tests per single-flight wave (default ${DEFAULT-VALUE}).")
  int callers;

  @Option(names = "--memory-diagnoses", paramLabel = "N", defaultValue = "1000",
      description = "Diagnoses between the idle and the final heap reading; 0 skips the memory part (default ${DEFAULT-VALUE}).")
  int memoryDiagnoses;

  @Option(names = "--config", paramLabel = "FILE", description = "influx-check.yaml: its probes: timeouts and concurrency are used.")
  Path config;

  /** Output formats of the results. */
  public enum Format { TEXT, JSON }

  private final Terminal terminal;
  private final Provider<ProbeSettings> probes;
  private final Provider<InfluxCheckConfig> configuration;
  private final Provider<Diagnoser> diagnoser;

  @Inject
  BenchCommand(Terminal terminal, Provider<ProbeSettings> probes, Provider<InfluxCheckConfig> configuration, Provider<Diagnoser> diagnoser) {
    this.terminal = terminal;
    this.probes = probes;
    this.configuration = configuration;
    this.diagnoser = diagnoser;
  }

  @Override
  public Integer call() throws Exception {
    validate();
    ProbeSettings limits = probes.get();
    int allConcurrency = concurrency != null ? concurrency : configuration.get().probes().concurrency();
    BenchSettings settings = new BenchSettings(iterations, warmup, allConcurrency, allIterations, timeoutIterations, callers,
        memoryDiagnoses, limits.timeout().toMillis(), limits.deadline().toMillis());
    Machine machine = Machine.current();
    Diagnoser direct = diagnoser.get();
    BenchReport report;
    terminal.note("influx-check bench: starting the lab (loopback only)");
    try (Lab lab = Lab.start(); ScenarioRunner runner = new ScenarioRunner(lab, limits, Clock.systemUTC())) {
      MemoryRun memory = null;
      if (memoryDiagnoses > 0) {
        terminal.note("5. memory: " + memoryDiagnoses + " diagnoses through the handler");
        memory = new MemoryBench(lab, direct, limits).measure(allConcurrency, memoryDiagnoses);
      }
      terminal.note("1. diagnosis latency: " + DiagnosisBench.ANSWERING.size() + " kinds x (" + warmup + " + " + iterations + ")");
      DiagnosisBench diagnoses = new DiagnosisBench(runner);
      List<Latency> answering = diagnoses.measure(DiagnosisBench.ANSWERING, warmup, iterations);
      List<Latency> bounded = List.of();
      if (timeoutIterations > 0) {
        terminal.note("1b. bounded by timeout: " + timeoutIterations + " runs of " + DiagnosisBench.TIMEOUT_BOUND.size() + " kind(s)");
        bounded = diagnoses.measure(DiagnosisBench.TIMEOUT_BOUND, 0, timeoutIterations);
      }
      terminal.note("2. all: concurrency 1 and " + allConcurrency);
      AllBench allBench = new AllBench(lab, direct, limits);
      List<AllRun> all = new ArrayList<>(allBench.answering(allConcurrency, warmup > 0 ? 1 : 0, allIterations));
      if (timeoutIterations > 0) {
        all.addAll(allBench.withNeverAnswering(allConcurrency, timeoutIterations));
      }
      Latency retest;
      List<SingleFlightRun> singleFlight;
      SlackRun slack;
      try (LabBot bot = new LabBot(lab, direct, limits, List.of(), allConcurrency)) {
        terminal.note("3. re-test and single-flight");
        RetestBench retests = new RetestBench(bot);
        retest = retests.sequential(warmup, iterations);
        singleFlight = List.of(retests.waves(iterations, callers, 0),
            retests.waves(iterations, callers, RetestBench.MODELLED_GRAFANA_HEALTH_MILLIS));
        terminal.note("4. Slack slash command through Bolt");
        slack = new SlackBench().measure(bot.handler(), LabData.DS_HEALTHY, limits.deadline().plusSeconds(5), warmup, iterations);
      }
      List<Target> targets = Targets.evaluate(settings, answering, bounded, all, retest, singleFlight, slack, memory);
      report = new BenchReport(machine, settings, answering, bounded, all, retest, singleFlight, slack, memory, targets);
    }
    if (format == Format.JSON) {
      terminal.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    } else {
      terminal.out().print(TextReport.render(report));
    }
    terminal.out().flush();
    return report.allTargetsMet() ? ExitCode.HEALTHY : ExitCode.UNHEALTHY;
  }

  private void validate() {
    List<String> problems = new ArrayList<>();
    atLeast(problems, "--iterations", iterations, 1);
    atLeast(problems, "--warmup", warmup, 0);
    atLeast(problems, "--all-iterations", allIterations, 1);
    atLeast(problems, "--timeout-iterations", timeoutIterations, 0);
    atLeast(problems, "--callers", callers, 2);
    atLeast(problems, "--memory-diagnoses", memoryDiagnoses, 0);
    if (concurrency != null) {
      atLeast(problems, "--concurrency", concurrency, 1);
    }
    if (!problems.isEmpty()) {
      throw new UsageError("bench: " + problems.size() + (problems.size() == 1 ? " option is" : " options are") + " out of range:", problems);
    }
  }

  private static void atLeast(List<String> problems, String option, int value, int least) {
    if (value < least) {
      problems.add(option + " must be at least " + least + ", was " + value);
    }
  }
}
