package io.influxcheck.lab.influx;

/** A 1.x database privilege, printed as InfluxQL prints it. */
public enum Influx1Privilege {
  READ("READ"),
  WRITE("WRITE"),
  ALL("ALL PRIVILEGES");

  private final String text;

  Influx1Privilege(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }
}
