package io.influxcheck.core.report;

/** The state of one line of the live checklist. */
public enum CheckStatus {
  PENDING,
  RUNNING,
  PASSED,
  WARNED,
  FAILED,
  SKIPPED;

  public boolean isDone() {
    return this != PENDING && this != RUNNING;
  }
}
