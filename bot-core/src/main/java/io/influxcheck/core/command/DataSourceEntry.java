package io.influxcheck.core.command;

import io.influxcheck.core.report.DataSourceRef;
import java.util.Objects;

/** A data source the bot knows, and where it was found (e.g. {@code grafana prod}, {@code file influx.yaml}). */
public record DataSourceEntry(DataSourceRef ref, String foundIn) {
  public DataSourceEntry {
    Objects.requireNonNull(ref, "ref is null");
    foundIn = foundIn == null ? "" : foundIn;
  }
}
