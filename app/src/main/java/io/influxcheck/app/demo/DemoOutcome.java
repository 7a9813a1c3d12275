package io.influxcheck.app.demo;

import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.report.Report;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A scenario and the report the diagnosis produced for it; {@link #asExpected()} compares the two. */
public record DemoOutcome(DemoScenario scenario, Report report) {
  /** The non-INFO codes found, in report order. */
  public Set<FindingCode> problemCodes() {
    Set<FindingCode> codes = new LinkedHashSet<>();
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.INFO) {
        codes.add(f.code());
      }
    }
    return codes;
  }

  /** Right verdict, and every expected code among the findings. */
  public boolean asExpected() {
    List<FindingCode> found = report.findings().stream().map(Finding::code).toList();
    return report.verdict() == scenario.expectedVerdict() && found.containsAll(scenario.expectedCodes());
  }
}
