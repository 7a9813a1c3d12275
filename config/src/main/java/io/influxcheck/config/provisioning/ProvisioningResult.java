package io.influxcheck.config.provisioning;

import io.influxcheck.config.DataSourceLookup;
import io.influxcheck.config.DataSourceSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data sources of one or more provisioning files, in file order.
 *
 * @param influx the {@code type: influxdb} entries, which influx-check diagnoses
 * @param skipped every other entry, for the CLI to list as skipped
 * @param notes {@code file:line: key: ...} for a near-miss key of an InfluxDB entry (Grafana ignores it), e.g. {@code urll}
 */
public record ProvisioningResult(List<DataSourceSettings> influx, List<SkippedDataSource> skipped, List<String> notes) {
  public ProvisioningResult {
    influx = List.copyOf(influx);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  public ProvisioningResult(List<DataSourceSettings> influx, List<SkippedDataSource> skipped) {
    this(influx, skipped, List.of());
  }

  public static ProvisioningResult empty() {
    return new ProvisioningResult(List.of(), List.of());
  }

  /** This result followed by {@code other}'s entries. */
  public ProvisioningResult plus(ProvisioningResult other) {
    List<DataSourceSettings> allInflux = new ArrayList<>(influx);
    allInflux.addAll(other.influx);
    List<SkippedDataSource> allSkipped = new ArrayList<>(skipped);
    allSkipped.addAll(other.skipped);
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(other.notes);
    return new ProvisioningResult(allInflux, allSkipped, allNotes);
  }

  /** The InfluxDB data source with this name or uid (case-insensitive); see {@link DataSourceLookup}. */
  public Optional<DataSourceSettings> find(String nameOrUid) {
    return DataSourceLookup.find(influx, nameOrUid);
  }

  /** Up to three InfluxDB data-source names close to {@code nameOrUid}, for "did you mean". */
  public List<String> closestNames(String nameOrUid) {
    return DataSourceLookup.closestNames(influx, nameOrUid);
  }

  /** The skipped entry with this name (case-insensitive), to explain why it is not diagnosed. */
  public Optional<SkippedDataSource> findSkipped(String name) {
    return skipped.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }
}
