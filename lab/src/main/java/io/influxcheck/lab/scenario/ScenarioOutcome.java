package io.influxcheck.lab.scenario;

import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.report.Report;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What running one scenario gave: the report, or why there is none (the run failed or missed its deadline).
 *
 * @param scenario the scenario run
 * @param report the diagnosis' report; empty when {@code failure} says why
 * @param failure why no report came back, empty when one did
 */
public record ScenarioOutcome(Scenario scenario, Optional<Report> report, String failure) {
  public ScenarioOutcome {
    Objects.requireNonNull(scenario, "scenario is null");
    report = report == null ? Optional.empty() : report;
    failure = failure == null ? "" : failure;
  }

  static ScenarioOutcome of(Scenario scenario, Report report) {
    return new ScenarioOutcome(scenario, Optional.of(report), "");
  }

  static ScenarioOutcome failed(Scenario scenario, String failure) {
    return new ScenarioOutcome(scenario, Optional.empty(), failure);
  }

  /** Every code found, in report order. */
  public Set<FindingCode> codes() {
    Set<FindingCode> codes = new LinkedHashSet<>();
    report.ifPresent(r -> r.findings().forEach(f -> codes.add(f.code())));
    return codes;
  }

  /** The ERROR and WARN codes found, in report order. */
  public Set<FindingCode> problemCodes() {
    Set<FindingCode> codes = new LinkedHashSet<>();
    report.ifPresent(r -> r.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::code).forEach(codes::add));
    return codes;
  }

  /** Expected codes that were not found. */
  public Set<FindingCode> missingCodes() {
    Set<FindingCode> missing = EnumSet.noneOf(FindingCode.class);
    missing.addAll(scenario.expectedCodes());
    missing.removeAll(codes());
    return missing;
  }

  /** ERROR and WARN codes found that the scenario does not expect: a problem the diagnosis should not see. */
  public Set<FindingCode> unexpectedProblems() {
    Set<FindingCode> extra = new LinkedHashSet<>(problemCodes());
    extra.removeAll(scenario.expectedCodes());
    return extra;
  }

  /** A report came back with the expected verdict, every expected code, and no other ERROR or WARN code. */
  public boolean asExpected() {
    return report.isPresent() && report.get().verdict() == scenario.expectedVerdict()
        && missingCodes().isEmpty() && unexpectedProblems().isEmpty();
  }

  /** Why the outcome is not as expected, for a test failure or the demo table; empty when it is. */
  public String mismatch() {
    if (report.isEmpty()) {
      return failure;
    }
    StringBuilder text = new StringBuilder();
    if (report.get().verdict() != scenario.expectedVerdict()) {
      text.append("verdict ").append(report.get().verdict()).append(", expected ").append(scenario.expectedVerdict()).append("; ");
    }
    if (!missingCodes().isEmpty()) {
      text.append("missing ").append(missingCodes()).append("; ");
    }
    if (!unexpectedProblems().isEmpty()) {
      text.append("unexpected ").append(unexpectedProblems()).append("; ");
    }
    return text.length() == 0 ? "" : text.substring(0, text.length() - 2);
  }
}
