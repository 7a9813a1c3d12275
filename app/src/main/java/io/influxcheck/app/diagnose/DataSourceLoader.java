package io.influxcheck.app.diagnose;

import io.influxcheck.app.cli.UsageError;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the data sources to diagnose from {@code influx-check.yaml} ({@code --config}) and Grafana
 * provisioning files ({@code --provisioning}, which extend the config's list).
 */
public interface DataSourceLoader {
  /**
   * @throws UsageError naming file, line and key of every problem found (malformed YAML, unknown keys,
   *     missing names, unset variables)
   */
  DataSources load(Optional<Path> config, List<Path> provisioning);
}
