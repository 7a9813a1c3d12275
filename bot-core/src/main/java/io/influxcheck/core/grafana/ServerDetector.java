package io.influxcheck.core.grafana;

import io.influxcheck.core.report.ServerInfo;

/**
 * Detects which InfluxDB answers at a URL without credentials (e.g. {@code /ping} headers), so the
 * data source's query language can be checked against it. Returns {@link ServerInfo#unknown()} when
 * the server cannot be reached or does not say; never throws.
 */
@FunctionalInterface
public interface ServerDetector {
  ServerDetector NONE = url -> ServerInfo.unknown();

  ServerInfo detect(String influxUrl);
}
