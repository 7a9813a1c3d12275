package io.influxcheck.core.report;

/**
 * The InfluxDB server as detected: product (e.g. {@code InfluxDB 2.x OSS}, {@code InfluxDB 1.x},
 * {@code InfluxDB 3 Core}) and version as the server reports it. Both empty when not detected.
 */
public record ServerInfo(String product, String version) {
  public ServerInfo {
    product = product == null ? "" : product;
    version = version == null ? "" : version;
  }

  public static ServerInfo unknown() {
    return new ServerInfo("", "");
  }

  public boolean isKnown() {
    return !product.isEmpty();
  }
}
