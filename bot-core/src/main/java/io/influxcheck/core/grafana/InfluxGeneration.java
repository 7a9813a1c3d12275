package io.influxcheck.core.grafana;

import io.influxcheck.core.report.ServerInfo;
import java.util.Locale;

/** The InfluxDB major version behind a detected {@link ServerInfo}, as far as it is known. */
public enum InfluxGeneration {
  V1,
  V2,
  V3,
  UNKNOWN;

  public static InfluxGeneration of(ServerInfo server) {
    if (server == null || !server.isKnown()) {
      return UNKNOWN;
    }
    String product = server.product().toLowerCase(Locale.ROOT);
    if (product.contains("influxdb 3") || product.contains("core") || product.contains("enterprise")) {
      return V3;
    }
    String version = server.version().startsWith("v") ? server.version().substring(1) : server.version();
    if (product.contains("influxdb 1") || version.startsWith("1.")) {
      return V1;
    }
    if (product.contains("influxdb 2") || version.startsWith("2.")) {
      return V2;
    }
    if (version.startsWith("3.")) {
      return V3;
    }
    return UNKNOWN;
  }
}
