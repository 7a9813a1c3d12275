package io.influxcheck.app.demo;

import io.influxcheck.lab.scenario.Lab;
import io.influxcheck.lab.scenario.LabConfigFile;
import io.influxcheck.lab.scenario.LabIncident;
import io.influxcheck.lab.scenario.LabSecrets;
import io.influxcheck.lab.scenario.ProvisioningFile;
import io.influxcheck.lab.scenario.ProvisioningFiles;
import io.influxcheck.lab.scenario.Scenario;
import io.influxcheck.lab.scenario.ScenarioCatalogue;
import io.influxcheck.lab.scenario.ScenarioOutcome;
import io.influxcheck.lab.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lab module's simulators and scenario catalogue, run with the real diagnosis by its {@link ScenarioRunner}. */
public final class SimulatorLab implements DemoLab {
  private final Lab lab;
  private final ScenarioRunner runner;

  private SimulatorLab(Lab lab, ScenarioRunner runner) {
    this.lab = lab;
    this.runner = runner;
  }

  public static SimulatorLab start(LabSecrets secrets) {
    Lab lab = Lab.start(secrets);
    try {
      return new SimulatorLab(lab, new ScenarioRunner(lab));
    } catch (RuntimeException e) {
      lab.close();
      throw e;
    }
  }

  @Override
  public List<String> endpoints() {
    return lab.endpoints().stream().map(Lab.Endpoint::toString).toList();
  }

  @Override
  public List<ScenarioOutcome> runAll() {
    return runner.runAll(ScenarioCatalogue.all());
  }

  @Override
  public Optional<ProvisioningFile> writeConfig(Path folder) {
    ProvisioningFile config = LabConfigFile.render(lab);
    Path path = folder.resolve("influx-check.yaml");
    try {
      Files.writeString(path, config.yaml());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the lab configuration " + path, e);
    }
    return Optional.of(new ProvisioningFile(config.yaml(), config.env(), Optional.of(path)));
  }

  @Override
  public Optional<LabIncident.Walkthrough> incident() {
    return Optional.of(LabIncident.run(lab, runner));
  }

  @Override
  public List<ScenarioFile> writeProvisioningFiles(Path folder) {
    List<ScenarioFile> files = new ArrayList<>();
    for (Scenario scenario : ScenarioCatalogue.all()) {
      files.add(new ScenarioFile(scenario, ProvisioningFiles.write(folder, scenario, lab)));
    }
    return files;
  }

  @Override
  public void close() {
    runner.close();
    lab.close();
  }
}
