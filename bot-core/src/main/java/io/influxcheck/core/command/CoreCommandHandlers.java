package io.influxcheck.core.command;

import io.influxcheck.config.ConfigException;
import io.influxcheck.config.ConfigProblem;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.config.provisioning.ProvisioningLoader;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.RunbookEntry;
import io.influxcheck.core.directory.DataSourceDirectory;
import io.influxcheck.core.grafana.ConfiguredCredentials;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.core.grafana.GrafanaRetestService;
import io.influxcheck.core.grafana.GrafanaSideDiagnoser;
import io.influxcheck.core.grafana.PingServerDetector;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds the {@link CoreCommandHandler} every surface shares from influx-check.yaml: one Grafana
 * client per {@code grafana:} entry, the provisioning files, the bot's direct credentials and the
 * direct {@link Diagnoser}. Works with any subset: Grafanas only, provisioning files only, or both.
 */
public final class CoreCommandHandlers {
  /** How long a listing of the data sources is reused (autocomplete, repeated commands). */
  public static final Duration LISTING_TTL = Duration.ofSeconds(30);

  private CoreCommandHandlers() { }

  /**
   * The handler for a configuration. Each Grafana request may take up to the probe deadline, since
   * Grafana in turn waits for InfluxDB, and reads at most probes.maxBodyBytes; the ping that detects the
   * server uses the probe timeout. The probe deadline also bounds each whole Grafana-side diagnosis.
   */
  public static CoreCommandHandler fromConfig(InfluxCheckConfig config, Diagnoser direct, Supplier<List<RunbookEntry>> runbook, Clock clock) {
    return fromConfig(config, direct, runbook, clock, key -> { });
  }

  /**
   * As {@link #fromConfig(InfluxCheckConfig, Diagnoser, Supplier, Clock)}; {@code onRetestJoined} is told
   * (with the data source's key) each time a re-test joins one already running, for tests and metrics.
   */
  public static CoreCommandHandler fromConfig(InfluxCheckConfig config, Diagnoser direct, Supplier<List<RunbookEntry>> runbook,
      Clock clock, Consumer<String> onRetestJoined) {
    Duration grafanaTimeout = config.probes().deadline();
    List<GrafanaClient> grafanas = config.grafana().stream()
        .map(target -> GrafanaClient.create(GrafanaConnection.from(target, grafanaTimeout), config.probes().maxBodyBytes()))
        .toList();
    Supplier<List<DataSourceSettings>> provisioned = provisioned(config);
    ExecutorService probes = daemonPool();
    DataSourceDirectory directory = new DataSourceDirectory(grafanas, provisioned, probes, clock, LISTING_TTL);
    GrafanaSideDiagnoser grafanaSide = new GrafanaSideDiagnoser(direct, new ConfiguredCredentials(config),
        directory::provisionedSettings, new PingServerDetector(config.probes().timeout()), probes, clock,
        config.probes().deadline());
    GrafanaRetestService retest = GrafanaRetestService.observed(directory::grafana, clock, onRetestJoined);
    return new CoreCommandHandler(directory, grafanaSide, direct, retest, runbook, config.probes().concurrency());
  }

  /** The InfluxDB data sources of the configured provisioning files, re-read on each listing; a bad file throws its problems. */
  static Supplier<List<DataSourceSettings>> provisioned(InfluxCheckConfig config) {
    if (config.provisioning().isEmpty()) {
      return List::of;
    }
    ProvisioningLoader loader = new ProvisioningLoader();
    return () -> {
      try {
        return loader.load(config.provisioning()).influx();
      } catch (ConfigException e) {
        throw new IllegalStateException(String.join("; ", e.problems().stream().map(ConfigProblem::describe).toList()), e);
      }
    };
  }

  private static ExecutorService daemonPool() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "influx-check-grafana-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }
}
