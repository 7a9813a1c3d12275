package io.influxcheck.app.cli;

import io.influxcheck.app.demo.DemoLab;
import io.influxcheck.app.demo.DemoLabStarter;
import io.influxcheck.app.demo.LabListing;
import io.influxcheck.lab.scenario.LabSecrets;
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
 * URLs and, per scenario, a provisioning file and the variables (lab credentials) it references.
 */
@Command(name = "lab", mixinStandardHelpOptions = true,
    description = "Run the lab's simulators in the foreground (Ctrl-C stops them) for manual play.")
public final class LabCommand implements Callable<Integer> {
  private final DemoLabStarter starter;
  private final Terminal terminal;

  @Inject
  LabCommand(DemoLabStarter starter, Terminal terminal) {
    this.starter = starter;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws InterruptedException {
    Path folder = tempFolder();
    DemoLab lab = starter.start(LabSecrets.fixed());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      lab.close();
      stopped.countDown();
    }, "lab-stop"));
    terminal.out().print(new LabListing().render(lab, folder));
    terminal.out().flush();
    stopped.await();
    return ExitCode.HEALTHY;
  }

  private static Path tempFolder() {
    try {
      return Files.createTempDirectory("influx-check-lab-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the provisioning files", e);
    }
  }
}
