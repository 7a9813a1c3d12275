package io.influxcheck.core.retest;

import io.influxcheck.core.diagnosis.FindingCode;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer of Grafana's health API ({@code GET /api/datasources/uid/:uid/health}).
 *
 * @param status OK, ERROR or UNKNOWN
 * @param message Grafana's message, verbatim (it never contains the data source's secret)
 * @param cause the root-cause code the message was classified into, or {@code null} when OK or unclassified
 * @param at when Grafana answered
 */
public record HealthSnapshot(HealthStatus status, String message, FindingCode cause, Instant at) {
  public HealthSnapshot {
    Objects.requireNonNull(status, "status is null");
    message = message == null ? "" : message;
    Objects.requireNonNull(at, "at is null");
  }
}
