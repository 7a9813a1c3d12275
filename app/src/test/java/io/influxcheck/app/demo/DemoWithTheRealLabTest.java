package io.influxcheck.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import io.influxcheck.app.cli.CliRun;
import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.lab.scenario.LabSecrets;
import io.influxcheck.lab.scenario.Scenario;
import io.influxcheck.lab.scenario.ScenarioCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} and {@code lab} with the real simulators, scenario catalogue and diagnosis, as a user runs them. */
class DemoWithTheRealLabTest {
  @Test
  void demoDiagnosesEveryScenarioAsExpectedAndLeaksNoSecret() {
    AtomicReference<LabSecrets> used = new AtomicReference<>();
    CliRun run = CliRun.of(new AbstractModule() {
      @Override
      protected void configure() {
        bind(DemoLabStarter.class).toInstance(secrets -> {
          used.set(secrets);
          return SimulatorLab.start(secrets);
        });
      }
    }, "demo");
    assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.HEALTHY);
    for (Scenario scenario : ScenarioCatalogue.all()) {
      assertThat(run.out()).contains(scenario.name() + " ");
    }
    assertThat(run.out()).contains(ScenarioCatalogue.all().size() + " of " + ScenarioCatalogue.all().size() + " scenarios")
        .contains("Full report of scenario").contains("TOKEN_INVALID");
    // issue 3: one incident end to end — diagnose, apply the suggested fix to the lab Grafana, re-test, green
    assertThat(run.out()).contains("Incident end to end: data source")
        .containsPattern("1\\. diagnose +UNHEALTHY: .*VANTAGE_DISAGREEMENT")
        .containsPattern("2\\. re-test +❌ ERROR .*\\(TOKEN_INVALID\\)")
        .containsPattern("3\\. apply fix +PUT /api/datasources/uid/\\S+ secureJsonData\\.token = Token sha256:[0-9a-f]{8} .*→ 200")
        .containsPattern("4\\. re-test +✅ OK .*\\(before: ERROR\\)")
        .contains("Resolved: Grafana's health check is green after the fix.");
    for (String secret : used.get().all()) {
      assertThat(run.out() + run.err()).doesNotContain(secret);
    }
  }

  @Test
  void labWritesAProvisioningFileThatDiagnoseReads(@TempDir Path folder) throws Exception {
    String printed;
    try (SimulatorLab lab = SimulatorLab.start(LabSecrets.fixed())) {
      List<DemoLab.ScenarioFile> files = lab.writeProvisioningFiles(folder);
      assertThat(files).hasSize(ScenarioCatalogue.all().size());
      DemoLab.ScenarioFile healthy = files.stream().filter(f -> f.file().isPresent()
          && ScenarioCatalogue.isHealthyBaseline(f.scenario())).findFirst().orElseThrow();
      assertThat(Files.readString(healthy.file().get().path().orElseThrow())).contains("apiVersion: 1");
      printed = new LabListing().render(lab, folder);
    }
    assertThat(printed).contains("Lab servers (127.0.0.1 only):").contains("export ").contains("./influx-check diagnose --provisioning " + folder);
    Path config = folder.resolve("influx-check.yaml");
    assertThat(Files.readString(config)).contains("grafana:").contains("token: ${LAB_GRAFANA_TOKEN}");
    assertThat(printed).contains("export LAB_GRAFANA_TOKEN=").contains("./influx-check list --config " + config)
        .contains("./influx-check diagnose --config " + config + " --all")
        .contains("./influx-check retest --config " + config + " --datasource lab-influx2-stale-token");
  }
}
