package io.influxcheck.core.retest;

import io.influxcheck.core.report.DataSourceRef;
import java.util.Objects;

/**
 * The result of one re-test: Grafana's current health answer, the previous one when there was one
 * (for a before/after view), who asked and how long Grafana took.
 *
 * @param previous the result before this one, or {@code null}
 */
public record RetestResult(DataSourceRef datasource, HealthSnapshot current, HealthSnapshot previous, long durationMs, String requestedBy) {
  public RetestResult {
    Objects.requireNonNull(datasource, "datasource is null");
    Objects.requireNonNull(current, "current is null");
    requestedBy = requestedBy == null ? "" : requestedBy;
  }

  public boolean isOk() {
    return current.status() == HealthStatus.OK;
  }
}
