package io.influxcheck.core.diagnosis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The verdict from the findings: any ERROR makes it UNHEALTHY, except that a server that could not be
 * reached or did not answer in time proves nothing, so it is INCONCLUSIVE when nothing else decisive
 * was found. Without a successful query (QUERY_OK) the run never counts as HEALTHY.
 */
final class VerdictRule {
  private static final Set<FindingCode> UNDECIDED = EnumSet.of(
      FindingCode.INFLUX_UNREACHABLE, FindingCode.INFLUX_TIMEOUT, FindingCode.INFLUX_TLS_ERROR);

  private VerdictRule() {
  }

  static Verdict of(List<Finding> findings) {
    boolean decisiveError = findings.stream()
        .anyMatch(f -> f.severity() == Severity.ERROR && !UNDECIDED.contains(f.code()));
    if (decisiveError) {
      return Verdict.UNHEALTHY;
    }
    boolean undecidedError = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    if (undecidedError) {
      return Verdict.INCONCLUSIVE;
    }
    boolean queried = findings.stream().anyMatch(f -> f.code() == FindingCode.QUERY_OK);
    return queried ? Verdict.HEALTHY : Verdict.INCONCLUSIVE;
  }
}
