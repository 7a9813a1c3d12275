package io.influxcheck.core.report;

import java.util.Objects;

/** One line of the checklist, e.g. "Token accepted" PASSED "Token sha256:1f2e3d4c". */
public record CheckLine(String id, String label, CheckStatus status, String detail) {
  public CheckLine {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(label, "label is null");
    Objects.requireNonNull(status, "status is null");
    detail = detail == null ? "" : detail;
  }

  public CheckLine with(CheckStatus newStatus, String newDetail) {
    return new CheckLine(id, label, newStatus, newDetail);
  }
}
