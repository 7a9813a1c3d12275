package io.influxcheck.app.diagnose;

import io.influxcheck.config.DataSourceSettings;
import java.util.List;

/**
 * The data sources read for one run.
 *
 * @param influx the InfluxDB data sources, in file order
 * @param skipped one line per entry that is not diagnosed, e.g. {@code logs (type loki, influx.yaml:12)}
 */
public record DataSources(List<DataSourceSettings> influx, List<String> skipped) {
  public DataSources {
    influx = List.copyOf(influx);
    skipped = List.copyOf(skipped);
  }
}
