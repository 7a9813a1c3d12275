package io.influxcheck.app.serve;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.influxcheck.app.diagnose.DataSourceLoader;
import io.influxcheck.app.runbook.RunbookEntries;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.GrafanaTarget;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.RunbookEntry;
import io.influxcheck.core.directory.DataSourceDirectory;
import io.influxcheck.core.grafana.DirectCredentials;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.core.grafana.GrafanaRetestService;
import io.influxcheck.core.grafana.GrafanaSideDiagnoser;
import io.influxcheck.core.grafana.PingServerDetector;
import io.influxcheck.core.probe.ProbeSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The core command handler the chat adapters share: the configured Grafanas, the provisioning files,
 * the direct diagnoser and the re-test service (one single-flight for every chat app).
 */
public final class CommandHandlerModule extends AbstractModule {
  private static final Duration LISTING_CACHE = Duration.ofSeconds(30);
  private static final int DIAGNOSE_ALL_CONCURRENCY = 4;

  @Provides
  @Singleton
  CommandHandler handler(InfluxCheckConfig config, Diagnoser direct, ProbeSettings probes, Clock clock,
      DataSourceLoader loader, RunbookEntries runbook) {
    ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "chat-probe");
      thread.setDaemon(true);
      return thread;
    });
    List<GrafanaClient> grafanas = config.grafana().stream().map(CommandHandlerModule::client).toList();
    Supplier<List<DataSourceSettings>> provisioned = () -> config.provisioning().isEmpty()
        ? List.of() : loader.load(config.file(), List.of()).influx();
    DataSourceDirectory directory = new DataSourceDirectory(grafanas, provisioned, executor, clock, LISTING_CACHE);
    GrafanaSideDiagnoser grafanaSide = new GrafanaSideDiagnoser(direct, DirectCredentials.NONE, provisioned,
        new PingServerDetector(probes.timeout()), executor, clock);
    GrafanaRetestService retest = new GrafanaRetestService(directory::grafana, clock);
    Supplier<List<RunbookEntry>> entries = () -> {
      try {
        return runbook.all();
      } catch (RuntimeException e) {
        LoggerFactory.getLogger(CommandHandlerModule.class).warn("The runbook is not available: {}", e.getMessage());
        return List.of();
      }
    };
    return new CoreCommandHandler(directory, grafanaSide, direct, retest, entries, DIAGNOSE_ALL_CONCURRENCY);
  }

  private static GrafanaClient client(GrafanaTarget target) {
    return GrafanaClient.create(GrafanaConnection.from(target, GrafanaConnection.DEFAULT_TIMEOUT));
  }
}
