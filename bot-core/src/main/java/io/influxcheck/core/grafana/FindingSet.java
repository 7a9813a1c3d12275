package io.influxcheck.core.grafana;

import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings in the order they were added, one per code: a second finding with a code already present
 * adds its evidence to the first (Grafana's and the direct view of the same cause become one finding).
 */
final class FindingSet {
  private final Map<FindingCode, Finding> byCode = new LinkedHashMap<>();

  void add(Finding finding) {
    byCode.merge(finding.code(), finding, FindingSet::mergeEvidence);
  }

  void addAll(List<Finding> findings) {
    findings.forEach(this::add);
  }

  List<Finding> list() {
    return List.copyOf(byCode.values());
  }

  private static Finding mergeEvidence(Finding first, Finding second) {
    List<Evidence> evidence = new ArrayList<>(first.evidence());
    second.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
    return new Finding(first.code(), first.severity().compareTo(second.severity()) <= 0 ? first.severity() : second.severity(),
        first.title(), first.cause(), evidence, first.fix().isEmpty() ? second.fix() : first.fix(), first.runbook());
  }
}
