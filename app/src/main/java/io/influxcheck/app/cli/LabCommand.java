package io.influxcheck.app.cli;

import io.influxcheck.app.demo.DemoLab;
import io.influxcheck.app.demo.DemoLabStarter;
import io.influxcheck.app.demo.DemoScenario;
import io.influxcheck.app.demo.ProvisioningFiles;
import io.influxcheck.config.DataSourceSettings;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/**
 * {@code influx-check lab}: keeps the simulators running in the foreground until Ctrl-C, and prints their
 * URLs, each scenario's credentials and a provisioning file per scenario to play with by hand.
 */
@Command(name = "lab", mixinStandardHelpOptions = true,
    description = "Run the lab's simulators in the foreground (Ctrl-C stops them) for manual play.")
public final class LabCommand implements Callable<Integer> {
  private final DemoLabStarter starter;
  private final Terminal terminal;
  private final ProvisioningFiles files = new ProvisioningFiles();

  @Inject
  LabCommand(DemoLabStarter starter, Terminal terminal) {
    this.starter = starter;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws InterruptedException {
    DemoLab lab = starter.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      lab.close();
      stopped.countDown();
    }, "lab-stop"));
    Path folder = tempFolder();
    terminal.out().println("Simulators (loopback only):");
    lab.endpoints().forEach(e -> terminal.out().println("  " + e));
    terminal.out().println();
    terminal.out().println("Scenarios (lab credentials are throw-away values of the simulators):");
    for (DemoScenario scenario : lab.scenarios()) {
      Path file = files.write(folder, scenario);
      DataSourceSettings s = scenario.settings();
      terminal.out().println("  " + scenario.name() + ": " + scenario.description());
      terminal.out().println("    url " + s.url() + "  " + s.queryLanguage().grafanaName() + credentials(s));
      terminal.out().println("    provisioning file " + file);
    }
    terminal.out().println();
    terminal.out().println("Try: ./influx-check diagnose --provisioning " + folder.resolve("<scenario>.yaml"));
    terminal.out().println("Press Ctrl-C to stop.");
    terminal.out().flush();
    stopped.await();
    return ExitCode.HEALTHY;
  }

  private static String credentials(DataSourceSettings s) {
    StringBuilder text = new StringBuilder();
    if (!s.token().isEmpty()) {
      text.append("  token ").append(s.token().reveal());
    }
    if (!s.organization().isEmpty()) {
      text.append("  org ").append(s.organization());
    }
    if (!s.defaultBucket().isEmpty()) {
      text.append("  bucket ").append(s.defaultBucket());
    }
    if (!s.database().isEmpty()) {
      text.append("  db ").append(s.database());
    }
    if (!s.user().isEmpty()) {
      text.append("  user ").append(s.user()).append(" password ").append(s.password().reveal());
    }
    return text.toString();
  }

  private static Path tempFolder() {
    try {
      return Files.createTempDirectory("influx-check-lab-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the provisioning files", e);
    }
  }
}
