package io.influxcheck.lab.influx;

/** An InfluxDB 2.x user (owner of tokens). */
public record V2User(String id, String name, V2Status status) {
  public boolean isActive() {
    return status == V2Status.ACTIVE;
  }

  V2User withStatus(V2Status newStatus) {
    return new V2User(id, name, newStatus);
  }
}
