package io.influxcheck.app.diagnose;

import io.influxcheck.app.cli.UsageError;
import io.influxcheck.config.ConfigException;
import io.influxcheck.config.ConfigProblem;
import io.influxcheck.config.DataSourceCredentials;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.config.provisioning.ProvisioningLoader;
import io.influxcheck.config.provisioning.ProvisioningResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Data sources from the provisioning files of influx-check.yaml plus those given with
 * {@code --provisioning}, with the config's direct credentials ({@code datasources:}) laid over them.
 */
public final class ConfiguredDataSourceLoader implements DataSourceLoader {
  private final Supplier<InfluxCheckConfig> config;
  private final ProvisioningLoader provisioning;

  public ConfiguredDataSourceLoader(Supplier<InfluxCheckConfig> config, ProvisioningLoader provisioning) {
    this.config = config;
    this.provisioning = provisioning;
  }

  @Override
  public DataSources load(Optional<Path> configFile, List<Path> extraFiles) {
    InfluxCheckConfig cfg = config.get();
    List<Path> paths = new ArrayList<>(cfg.provisioning());
    Set<Path> seen = new HashSet<>();
    paths.forEach(p -> seen.add(p.toAbsolutePath().normalize()));
    for (Path extra : extraFiles) {
      if (seen.add(extra.toAbsolutePath().normalize())) {
        paths.add(extra);
      }
    }
    if (paths.isEmpty()) {
      throw new UsageError("No provisioning file to read: give --provisioning FILE, or list files under "
          + "provisioning: in " + cfg.file().map(Path::toString).orElse("influx-check.yaml") + ".");
    }
    ProvisioningResult result;
    try {
      result = provisioning.load(paths);
    } catch (ConfigException e) {
      throw new UsageError("Cannot use the provisioning files (" + e.problems().size()
          + (e.problems().size() == 1 ? " problem):" : " problems):"),
          e.problems().stream().map(ConfigProblem::describe).toList());
    }
    List<DataSourceSettings> influx = result.influx().stream()
        .map(s -> cfg.credentialsFor(s).map(c -> overlay(s, c)).orElse(s)).toList();
    List<String> skipped = result.skipped().stream()
        .map(s -> s.name() + " (type " + s.type() + ", " + s.origin() + ")").toList();
    return new DataSources(influx, skipped, result.notes());
  }

  /** The config's credentials win over the file's: the bot may reach InfluxDB by another URL or identity. */
  static DataSourceSettings overlay(DataSourceSettings s, DataSourceCredentials c) {
    DataSourceSettings.Builder b = s.toBuilder();
    c.url().ifPresent(u -> b.url(u.toString()));
    Set<String> stored = new HashSet<>(s.storedSecrets());
    if (!c.token().isEmpty()) {
      b.token(c.token());
      stored.add("token");
    }
    if (!c.user().isEmpty()) {
      b.user(c.user());
    }
    if (!c.password().isEmpty()) {
      b.password(c.password());
      stored.add("password");
    }
    return b.storedSecrets(stored).build();
  }
}
