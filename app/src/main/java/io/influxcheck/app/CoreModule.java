package io.influxcheck.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.influxcheck.app.cli.DiagnoseDeadline;
import io.influxcheck.app.cli.Terminal;
import io.influxcheck.app.cli.UsageError;
import io.influxcheck.app.demo.DemoLabStarter;
import io.influxcheck.app.demo.SimulatorLab;
import io.influxcheck.app.diagnose.ConfiguredDataSourceLoader;
import io.influxcheck.app.diagnose.DataSourceLoader;
import io.influxcheck.app.diagnose.DiagnosisRunner;
import io.influxcheck.app.runbook.RunbookEntries;
import io.influxcheck.config.ConfigException;
import io.influxcheck.config.ConfigLoader;
import io.influxcheck.config.ConfigProblem;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.config.provisioning.ProvisioningLoader;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.FindingCatalogue;
import io.influxcheck.core.diagnosis.InfluxDiagnoser;
import io.influxcheck.core.diagnosis.RunbookEntry;
import io.influxcheck.core.probe.ProbeSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/** The object graph of the executable, wired once in {@link Main}. Everything else uses plain constructors. */
public final class CoreModule extends AbstractModule {
  private static final Duration BACKSTOP_MARGIN = Duration.ofSeconds(5);

  private final Terminal terminal;
  private final Optional<Path> configFile;

  public CoreModule(Terminal terminal, Optional<Path> configFile) {
    this.terminal = terminal;
    this.configFile = configFile;
  }

  @Override
  protected void configure() {
    bind(Terminal.class).toInstance(terminal);
    bind(Clock.class).toInstance(Clock.systemUTC());
  }

  @Provides
  @Singleton
  OkHttpClient httpClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(3))
        .readTimeout(Duration.ofSeconds(5))
        .writeTimeout(Duration.ofSeconds(5))
        .callTimeout(Duration.ofSeconds(10))
        .followRedirects(false)
        .retryOnConnectionFailure(false)
        .build();
  }

  /** influx-check.yaml: the {@code --config} file, else the first default location, else the defaults. */
  @Provides
  @Singleton
  InfluxCheckConfig config() {
    ConfigLoader loader = new ConfigLoader();
    try {
      return configFile.isPresent() ? loader.load(configFile.get()) : loader.loadDefault();
    } catch (ConfigException e) {
      throw new UsageError("The configuration has " + e.problems().size() + (e.problems().size() == 1 ? " problem:" : " problems:"),
          e.problems().stream().map(ConfigProblem::describe).toList());
    }
  }

  @Provides
  ProbeSettings probeSettings(InfluxCheckConfig config) {
    io.influxcheck.config.ProbeSettings probes = config.probes();
    return new ProbeSettings(probes.timeout(), probes.deadline(), (int) Math.min(probes.maxBodyBytes(), Integer.MAX_VALUE));
  }

  /** The CLI's backstop: the diagnoser's own deadline plus a margin for it to write its report. */
  @Provides
  DiagnoseDeadline deadline(ProbeSettings probes) {
    return new DiagnoseDeadline(probes.deadline().plus(BACKSTOP_MARGIN));
  }

  @Provides
  DiagnosisRunner runner(Diagnoser diagnoser, Clock clock, InfluxCheckConfig config) {
    return new DiagnosisRunner(diagnoser, clock, config.probes().concurrency());
  }

  @Provides
  DataSourceLoader loader(com.google.inject.Provider<InfluxCheckConfig> config) {
    return new ConfiguredDataSourceLoader(config::get, new ProvisioningLoader());
  }

  @Provides
  @Singleton
  Diagnoser diagnoser(OkHttpClient client, Clock clock, ProbeSettings probes) {
    return InfluxDiagnoser.create(client, clock, probes);
  }

  @Provides
  RunbookEntries runbookEntries() {
    return new RunbookEntries() {
      @Override
      public List<String> workflow() {
        return FindingCatalogue.workflow();
      }

      @Override
      public List<RunbookEntry> all() {
        return FindingCatalogue.entries();
      }
    };
  }

  @Provides
  DemoLabStarter demoLab() {
    return SimulatorLab::start;
  }
}
