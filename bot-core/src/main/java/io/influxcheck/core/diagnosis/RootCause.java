package io.influxcheck.core.diagnosis;

/**
 * The family a finding belongs to. The first five are the classic causes of Grafana's
 * "InfluxDB unauthorized" named by the troubleshooting guide.
 */
public enum RootCause {
  BAD_TOKEN("Wrong, expired or disabled API token"),
  MISSING_PERMISSION("Token without read permission on the bucket"),
  WRONG_ORG_OR_BUCKET("Organization or bucket name wrong"),
  QUERY_LANGUAGE_MISMATCH("Query language or server version mismatch"),
  V1_CREDENTIALS("InfluxDB 1.x user, password or database"),
  SERVER("Server reachability and identity"),
  CONFIGURATION("Data-source configuration hygiene"),
  GRAFANA("Grafana's view of the data source"),
  NONE("No problem");

  private final String label;

  RootCause(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
