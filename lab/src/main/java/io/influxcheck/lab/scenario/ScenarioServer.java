package io.influxcheck.lab.scenario;

/** Which server a scenario's data source points at. */
public enum ScenarioServer {
  INFLUXDB_2("InfluxDB 2.x"),
  INFLUXDB_1_8("InfluxDB 1.8"),
  INFLUXDB_1_6("InfluxDB 1.6"),
  INFLUXDB_3("InfluxDB 3 Core"),
  /** Something that is not InfluxDB, or nothing at all: a proxy page, a dead port, a TLS mismatch. */
  NOT_INFLUXDB("not InfluxDB"),
  /** A data source read from Grafana's API and diagnosed from Grafana's side. */
  GRAFANA("Grafana");

  private final String label;

  ScenarioServer(String label) {
    this.label = label;
  }

  /** For tables, e.g. {@code InfluxDB 1.8}. */
  public String label() {
    return label;
  }
}
