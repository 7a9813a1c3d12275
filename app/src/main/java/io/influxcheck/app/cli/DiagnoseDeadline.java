package io.influxcheck.app.cli;

import java.time.Duration;

/** The overall time one data source's diagnosis may take before it is reported as inconclusive. */
public record DiagnoseDeadline(Duration value) { }
