package io.influxcheck.app.cli;

import io.influxcheck.app.console.TextRenderer;
import io.influxcheck.app.demo.DemoLab;
import io.influxcheck.app.demo.DemoLabStarter;
import io.influxcheck.app.demo.DemoOutcome;
import io.influxcheck.app.demo.DemoScenario;
import io.influxcheck.app.demo.DemoTable;
import io.influxcheck.app.diagnose.DiagnosisRunner;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code influx-check demo}: starts the embedded lab, diagnoses every scenario, prints the table and the
 * full report of one representative failure. Exit 0 when every scenario was diagnosed as expected.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run every failure scenario against the embedded lab (no setup) and show what influx-check finds.")
public final class DemoCommand implements Callable<Integer> {
  private final DemoLabStarter starter;
  private final Provider<DiagnosisRunner> runner;
  private final Terminal terminal;
  private final Provider<DiagnoseDeadline> deadline;

  @Inject
  DemoCommand(DemoLabStarter starter, Provider<DiagnosisRunner> runner, Terminal terminal, Provider<DiagnoseDeadline> deadline) {
    this.starter = starter;
    this.runner = runner;
    this.terminal = terminal;
    this.deadline = deadline;
  }

  @Override
  public Integer call() {
    try (DemoLab lab = starter.start()) {
      List<DemoScenario> scenarios = lab.scenarios();
      terminal.note("influx-check demo: " + lab.endpoints().size() + " simulators on loopback, "
          + scenarios.size() + " scenarios");
      List<DataSourceSettings> settings = scenarios.stream().map(DemoScenario::settings).toList();
      List<Report> reports = runner.get().run(settings, deadline.get().value());
      List<DemoOutcome> outcomes = new ArrayList<>();
      for (int i = 0; i < scenarios.size(); i++) {
        outcomes.add(new DemoOutcome(scenarios.get(i), reports.get(i)));
      }
      terminal.out().print(new DemoTable().render(outcomes));
      representative(outcomes).ifPresent(o -> {
        terminal.out().println();
        terminal.out().println("Full report of scenario " + o.scenario().name() + " (" + o.scenario().description() + "):");
        terminal.out().println();
        terminal.out().print(new TextRenderer(terminal.ansi()).render(List.of(o.report())));
      });
      terminal.out().flush();
      return outcomes.stream().allMatch(DemoOutcome::asExpected) ? ExitCode.HEALTHY : ExitCode.UNHEALTHY;
    }
  }

  /** The failure with the most evidence among those diagnosed as expected: it shows the most. */
  private static java.util.Optional<DemoOutcome> representative(List<DemoOutcome> outcomes) {
    return outcomes.stream()
        .filter(o -> o.report().verdict() == Verdict.UNHEALTHY && o.asExpected())
        .max(Comparator.comparingInt((DemoOutcome o) -> o.report().findings().stream().mapToInt(f -> f.evidence().size()).sum())
            .thenComparing(o -> o.scenario().name(), Comparator.reverseOrder()));
  }
}
