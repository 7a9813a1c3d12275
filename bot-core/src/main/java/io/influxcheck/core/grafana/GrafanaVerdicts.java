package io.influxcheck.core.grafana;

import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The verdict of a Grafana-side diagnosis. An error about the data source makes it UNHEALTHY;
 * Grafana's passing health check (with no such error) makes it HEALTHY; anything else, such as the
 * bot being unable to ask Grafana, is INCONCLUSIVE, never healthy.
 */
final class GrafanaVerdicts {
  /** Errors about the bot's own access or about what the direct probe could not do: they prove nothing about the data source. */
  private static final Set<FindingCode> NOT_ABOUT_THE_DATA_SOURCE = EnumSet.of(
      FindingCode.GRAFANA_UNREACHABLE, FindingCode.GRAFANA_TOKEN_INVALID, FindingCode.GRAFANA_PERMISSION_MISSING,
      FindingCode.DATASOURCE_NOT_FOUND);

  private GrafanaVerdicts() { }

  /**
   * @param grafanaSide the findings from Grafana's answers and the live settings (not the direct diagnosis)
   * @param direct the direct diagnosis, when the bot has its own credentials
   */
  static Verdict verdict(List<Finding> grafanaSide, HealthSnapshot health, Optional<Report> direct) {
    boolean problem = grafanaSide.stream()
        .anyMatch(f -> f.severity() == Severity.ERROR && !NOT_ABOUT_THE_DATA_SOURCE.contains(f.code()));
    if (problem) {
      return Verdict.UNHEALTHY;
    }
    if (health.status() == HealthStatus.OK) {
      return Verdict.HEALTHY;
    }
    return direct.map(Report::verdict).filter(v -> v == Verdict.UNHEALTHY).orElse(Verdict.INCONCLUSIVE);
  }

  static CheckStatus status(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      return CheckStatus.FAILED;
    }
    return findings.stream().anyMatch(f -> f.severity() == Severity.WARN) ? CheckStatus.WARNED : CheckStatus.PASSED;
  }

  static CheckStatus status(Verdict verdict) {
    return switch (verdict) {
      case HEALTHY -> CheckStatus.PASSED;
      case UNHEALTHY -> CheckStatus.FAILED;
      case INCONCLUSIVE -> CheckStatus.WARNED;
    };
  }
}
