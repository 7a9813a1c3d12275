package io.influxcheck.core.retest;

import io.influxcheck.core.report.DataSourceRef;

/**
 * Re-tests one data source through Grafana's health API. Concurrent re-tests of the same data
 * source share one call to Grafana. Never throws for a Grafana failure: it becomes an UNKNOWN or
 * ERROR snapshot with a message that names what to fix.
 */
public interface RetestService {
  RetestResult retest(DataSourceRef datasource, String requestedBy);
}
