package io.influxcheck.app.cli;

import io.influxcheck.app.console.TextRenderer;
import io.influxcheck.app.demo.DemoLab;
import io.influxcheck.app.demo.DemoLabStarter;
import io.influxcheck.app.demo.DemoTable;
import io.influxcheck.app.demo.IncidentText;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.lab.scenario.LabIncident;
import io.influxcheck.lab.scenario.LabSecrets;
import io.influxcheck.lab.scenario.ScenarioOutcome;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code influx-check demo}: starts the embedded lab, diagnoses every scenario, prints the table and the
 * full report of one representative failure, then one incident end to end (diagnose, fix through the lab
 * Grafana, re-test). Exit 0 when every scenario was diagnosed as expected and the re-test turned green.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run every failure scenario against the embedded lab (no setup) and show what influx-check finds.")
public final class DemoCommand implements Callable<Integer> {
  private final DemoLabStarter starter;
  private final Terminal terminal;

  @Inject
  DemoCommand(DemoLabStarter starter, Terminal terminal) {
    this.starter = starter;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    // Random canary secrets: the demo doubles as a check that no secret reaches a report.
    try (DemoLab lab = starter.start(LabSecrets.canaries())) {
      terminal.note("influx-check demo: " + lab.endpoints().size() + " lab servers on 127.0.0.1, diagnosing every scenario…");
      List<ScenarioOutcome> outcomes = lab.runAll();
      terminal.out().print(new DemoTable().render(outcomes));
      representative(outcomes).ifPresent(o -> {
        terminal.out().println();
        terminal.out().println("Full report of scenario " + o.scenario().name() + " (" + o.scenario().summary() + "):");
        terminal.out().println();
        terminal.out().print(new TextRenderer(terminal.ansi()).render(List.of(o.report().orElseThrow())));
      });
      boolean resolved = incident(lab);
      terminal.out().flush();
      return resolved && outcomes.stream().allMatch(ScenarioOutcome::asExpected) ? ExitCode.HEALTHY : ExitCode.UNHEALTHY;
    }
  }

  /** Diagnose, fix through the lab Grafana, re-test: true when it turned green (or this lab has no incident to show). */
  private boolean incident(DemoLab lab) {
    try {
      Optional<LabIncident.Walkthrough> walk = lab.incident();
      walk.ifPresent(w -> {
        terminal.out().println();
        terminal.out().print(new IncidentText().render(w));
      });
      return walk.map(LabIncident.Walkthrough::resolved).orElse(true);
    } catch (RuntimeException e) {
      terminal.out().println();
      terminal.out().println("Incident end to end: could not run it: " + e.getMessage());
      return false;
    }
  }

  /** The classic case, a rejected token, when it was diagnosed as expected; else the failure with the most evidence. */
  static Optional<ScenarioOutcome> representative(List<ScenarioOutcome> outcomes) {
    List<ScenarioOutcome> failures = outcomes.stream()
        .filter(o -> o.asExpected() && o.report().map(r -> r.verdict() == Verdict.UNHEALTHY).orElse(false))
        .toList();
    return failures.stream().filter(o -> o.scenario().expectedCodes().contains(FindingCode.TOKEN_INVALID)).findFirst()
        .or(() -> failures.stream().max(Comparator.comparingInt(
            (ScenarioOutcome o) -> o.report().orElseThrow().findings().stream().mapToInt(f -> f.evidence().size()).sum())));
  }
}
