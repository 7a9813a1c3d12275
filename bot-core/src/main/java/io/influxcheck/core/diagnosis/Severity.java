package io.influxcheck.core.diagnosis;

/** How much a finding matters: ERROR explains a failure, WARN is a risk, INFO is context. */
public enum Severity {
  ERROR,
  WARN,
  INFO
}
