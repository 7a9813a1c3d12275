package io.influxcheck.core.diagnosis;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;

/**
 * Diagnoses one data source directly against InfluxDB: first reproduces exactly the request Grafana
 * makes, then runs the deeper probes that explain a failure. Never throws for anything a server or a
 * configuration can do; every such outcome is a finding.
 */
public interface Diagnoser {
  Report diagnose(DataSourceSettings settings, ProgressListener progress);

  default Report diagnose(DataSourceSettings settings) {
    return diagnose(settings, ProgressListener.NONE);
  }
}
