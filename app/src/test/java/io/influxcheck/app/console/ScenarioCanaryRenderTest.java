package io.influxcheck.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.report.Report;
import io.influxcheck.lab.scenario.Lab;
import io.influxcheck.lab.scenario.LabSecrets;
import io.influxcheck.lab.scenario.ScenarioCatalogue;
import io.influxcheck.lab.scenario.ScenarioOutcome;
import io.influxcheck.lab.scenario.ScenarioRunner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every lab scenario, run with random canary secrets, rendered in every output format: no canary anywhere. */
class ScenarioCanaryRenderTest {
  @Test
  void noCanaryInAnyFormatOfAnyScenario() {
    LabSecrets canaries = LabSecrets.canaries();
    List<Report> reports;
    try (Lab lab = Lab.start(canaries); ScenarioRunner runner = new ScenarioRunner(lab)) {
      reports = runner.runAll(ScenarioCatalogue.all()).stream().map(ScenarioOutcome::report).flatMap(Optional::stream).toList();
    }
    assertThat(reports).hasSize(ScenarioCatalogue.all().size());
    for (OutputFormat format : OutputFormat.values()) {
      for (boolean colour : List.of(false, true)) {
        String output = format.renderer(colour).render(reports);
        assertThat(output).as("%s output", format).contains("sha256:");
        for (String secret : canaries.all()) {
          assertThat(output).as("%s output", format).doesNotContain(secret);
        }
      }
    }
  }
}
