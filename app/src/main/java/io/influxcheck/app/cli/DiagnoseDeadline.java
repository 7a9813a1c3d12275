package io.influxcheck.app.cli;

import java.time.Duration;

/** The overall time one data source's diagnosis may take before it is reported as inconclusive. */
public record DiagnoseDeadline(Duration value) {
  public static final DiagnoseDeadline DEFAULT = new DiagnoseDeadline(Duration.ofSeconds(30));
}
