package io.influxcheck.app.demo;

import io.influxcheck.lab.scenario.LabIncident;
import io.influxcheck.lab.scenario.ProvisioningFile;
import io.influxcheck.lab.scenario.Scenario;
import io.influxcheck.lab.scenario.ScenarioOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The embedded lab while it runs: simulators on loopback ports and the scenario catalogue against them. */
public interface DemoLab extends AutoCloseable {
  /** "InfluxDB 1.6 (auth on)  http://127.0.0.1:41234" and the like, one per server. */
  List<String> endpoints();

  /** Diagnoses every scenario of the catalogue; outcomes in catalogue order. */
  List<ScenarioOutcome> runAll();

  /** Writes each scenario's provisioning file into {@code folder}; empty for a scenario that declares none. */
  List<ScenarioFile> writeProvisioningFiles(Path folder);

  /**
   * Writes an influx-check.yaml naming the lab's Grafana into {@code folder}, for {@code list}, {@code retest}
   * and {@code diagnose --all}; empty when this lab has no Grafana.
   */
  default Optional<ProvisioningFile> writeConfig(Path folder) {
    return Optional.empty();
  }

  /**
   * One incident end to end (diagnose, apply the suggested fix to the lab Grafana, re-test); run after
   * {@link #runAll()}, since it changes the lab Grafana. Empty when this lab has no Grafana to fix.
   */
  default Optional<LabIncident.Walkthrough> incident() {
    return Optional.empty();
  }

  /** Stops every simulator; never throws. */
  @Override
  void close();

  /** A scenario and its provisioning file, when it has one. */
  record ScenarioFile(Scenario scenario, Optional<ProvisioningFile> file) { }
}
