package io.influxcheck.core.diagnosis;

/** The InfluxDB generation, which decides the auth model and the query languages it speaks. */
public enum ServerKind {
  V1("InfluxDB 1.x"),
  V2("InfluxDB 2.x"),
  V3("InfluxDB 3"),
  UNKNOWN("unidentified server");

  private final String label;

  ServerKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
