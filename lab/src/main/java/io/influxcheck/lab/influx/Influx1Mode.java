package io.influxcheck.lab.influx;

/** Which InfluxDB 1.x to behave like. */
public enum Influx1Mode {
  /** 1.8.10: {@code Token user:pass} scheme, {@code /health}, {@code /ping?verbose=true}, {@code /api/v2/query} (Flux, if enabled). */
  V1_8("1.8.10"),
  /** 1.6.x: no Token scheme, no {@code /health}, no Flux endpoint. */
  V1_6("1.6.7");

  private final String defaultVersion;

  Influx1Mode(String defaultVersion) {
    this.defaultVersion = defaultVersion;
  }

  public String defaultVersion() {
    return defaultVersion;
  }
}
