package io.influxcheck.lab.influx;

/** {@code active} / {@code inactive}, as InfluxDB 2.x writes it. */
public enum V2Status {
  ACTIVE,
  INACTIVE;

  public String wire() {
    return this == ACTIVE ? "active" : "inactive";
  }
}
