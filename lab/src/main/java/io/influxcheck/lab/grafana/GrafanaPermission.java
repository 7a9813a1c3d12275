package io.influxcheck.lab.grafana;

/** The RBAC actions the simulated routes check (Grafana 11 {@code pkg/api/api.go}, facts E.2). */
public enum GrafanaPermission {
  DATASOURCES_READ("datasources:read"),
  DATASOURCES_QUERY("datasources:query"),
  DATASOURCES_WRITE("datasources:write");

  private final String action;

  GrafanaPermission(String action) {
    this.action = action;
  }

  /** The action as Grafana names it, e.g. {@code datasources:read}. */
  public String action() {
    return action;
  }
}
