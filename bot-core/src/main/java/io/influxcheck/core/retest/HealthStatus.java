package io.influxcheck.core.retest;

/** Grafana's data-source health status; UNKNOWN when Grafana could not be asked or gave no answer. */
public enum HealthStatus {
  OK,
  ERROR,
  UNKNOWN
}
