package io.influxcheck.app.cli;

import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import java.util.List;

/** The process exit codes, documented in the README (section "usage"). */
public final class ExitCode {
  /** Every data source diagnosed is healthy (or the command succeeded). */
  public static final int HEALTHY = 0;
  /** A data source is unhealthy, or an unexpected error happened. */
  public static final int UNHEALTHY = 1;
  /** Bad command line or configuration; the message names the file, line and key. */
  public static final int USAGE = 2;
  /** A server could not be reached, so nothing was proven. */
  public static final int INCONCLUSIVE = 3;

  private ExitCode() { }

  /** UNHEALTHY wins over INCONCLUSIVE: a proven problem matters more than a missing answer. */
  public static int of(List<Report> reports) {
    if (reports.stream().anyMatch(r -> r.verdict() == Verdict.UNHEALTHY)) {
      return UNHEALTHY;
    }
    if (reports.stream().anyMatch(r -> r.verdict() == Verdict.INCONCLUSIVE)) {
      return INCONCLUSIVE;
    }
    return HEALTHY;
  }
}
