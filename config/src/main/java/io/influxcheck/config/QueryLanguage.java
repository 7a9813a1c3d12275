package io.influxcheck.config;

import java.util.Locale;
import java.util.Optional;

/** The query language a Grafana InfluxDB data source is set to ({@code jsonData.version}). */
public enum QueryLanguage {
  INFLUXQL("InfluxQL"),
  FLUX("Flux"),
  SQL("SQL");

  private final String grafanaName;

  QueryLanguage(String grafanaName) {
    this.grafanaName = grafanaName;
  }

  /** The spelling Grafana uses in {@code jsonData.version}. */
  public String grafanaName() {
    return grafanaName;
  }

  /** Parses Grafana's {@code jsonData.version}; Grafana treats a missing value as InfluxQL. */
  public static Optional<QueryLanguage> fromGrafana(String version) {
    if (version == null || version.isBlank()) {
      return Optional.of(INFLUXQL);
    }
    for (QueryLanguage language : values()) {
      if (language.grafanaName.toLowerCase(Locale.ROOT).equals(version.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
