package io.influxcheck.core.directory;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.report.DataSourceRef;
import java.util.Objects;

/**
 * A data source found in a Grafana or a provisioning file.
 *
 * @param ref how reports and buttons identify it
 * @param settings its settings as listed: from Grafana without secrets, from a file with them
 */
public record KnownDataSource(DataSourceRef ref, DataSourceSettings settings) {
  public KnownDataSource {
    Objects.requireNonNull(ref, "ref is null");
    Objects.requireNonNull(settings, "settings is null");
  }

  public boolean isFromGrafana() {
    return !ref.grafana().isEmpty();
  }

  /** Where it was found, for lists: {@code grafana prod} or {@code file /etc/grafana/provisioning/datasources/influx.yaml:3}. */
  public String foundIn() {
    return isFromGrafana() ? "grafana " + ref.grafana() : "file " + settings.origin();
  }

  /** A data source declared in a provisioning file (diagnosed directly against InfluxDB). */
  public static KnownDataSource fromFile(DataSourceSettings settings) {
    return new KnownDataSource(new DataSourceRef(settings.name(), settings.uid(), settings.url(), settings.queryLanguage(), "", ""), settings);
  }

  /** {@code name@grafana} for a Grafana entry, the name for a file entry: what a person types to pick it. */
  public String qualifiedName() {
    return isFromGrafana() ? ref.name() + "@" + ref.grafana() : ref.name();
  }

  boolean matches(String target) {
    return ref.name().equalsIgnoreCase(target) || !ref.uid().isEmpty() && ref.uid().equalsIgnoreCase(target);
  }

  boolean sameAs(KnownDataSource other) {
    return !ref.uid().isEmpty() && ref.uid().equalsIgnoreCase(other.ref.uid()) || ref.name().equalsIgnoreCase(other.ref.name());
  }

  static boolean isInflux(DataSourceSettings settings) {
    return settings.type().equalsIgnoreCase("influxdb");
  }
}
