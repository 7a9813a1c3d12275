package io.influxcheck.app.diagnose;

import io.influxcheck.config.DataSourceSettings;
import java.util.List;

/**
 * The data sources read for one run.
 *
 * @param influx the InfluxDB data sources, in file order
 * @param skipped one line per entry that is not diagnosed, e.g. {@code logs (type loki, influx.yaml:12)}
 * @param notes one line per near-miss key in a provisioning file, e.g. {@code influx.yaml:7: datasources[0].urll: ...}
 */
public record DataSources(List<DataSourceSettings> influx, List<String> skipped, List<String> notes) {
  public DataSources {
    influx = List.copyOf(influx);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  public DataSources(List<DataSourceSettings> influx, List<String> skipped) {
    this(influx, skipped, List.of());
  }
}
