package io.influxcheck.app.demo;

import io.influxcheck.lab.scenario.ProvisioningFile;
import java.nio.file.Path;

/**
 * What {@code influx-check lab} prints: the servers, then per scenario its provisioning file and variables, then
 * the influx-check.yaml for the commands that go through the lab Grafana.
 */
public final class LabListing {
  /** Writes every scenario's provisioning file into {@code folder} and describes them. */
  public String render(DemoLab lab, Path folder) {
    StringBuilder out = new StringBuilder();
    out.append("Lab servers (127.0.0.1 only):\n");
    lab.endpoints().forEach(e -> out.append("  ").append(e).append('\n'));
    out.append('\n');
    out.append("Scenarios: provisioning files in ").append(folder)
        .append(" (lab credentials are throw-away values that only open these simulators)\n");
    for (DemoLab.ScenarioFile entry : lab.writeProvisioningFiles(folder)) {
      out.append('\n').append("  ").append(entry.scenario().name()).append(": ").append(entry.scenario().summary()).append('\n');
      if (entry.file().isEmpty()) {
        out.append("    (diagnosed through Grafana only: no provisioning file)\n");
        continue;
      }
      ProvisioningFile file = entry.file().get();
      file.exports().lines().forEach(line -> out.append("    ").append(line).append('\n'));
      out.append("    ./influx-check diagnose --provisioning ").append(file.path().map(Path::toString).orElse("?")).append('\n');
    }
    lab.writeConfig(folder).ifPresent(config -> {
      String path = config.path().map(Path::toString).orElse("?");
      out.append('\n').append("Through the lab Grafana (influx-check.yaml in ").append(folder).append("):\n");
      config.exports().lines().forEach(line -> out.append("    ").append(line).append('\n'));
      out.append("    ./influx-check list --config ").append(path).append('\n');
      out.append("    ./influx-check diagnose --config ").append(path).append(" --all\n");
      out.append("    ./influx-check retest --config ").append(path).append(" --datasource lab-influx2-stale-token\n");
    });
    out.append('\n').append("Press Ctrl-C to stop the lab.\n");
    return out.toString();
  }
}
