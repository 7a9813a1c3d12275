package io.influxcheck.core.diagnosis;

import java.util.List;
import java.util.Objects;

/**
 * A conclusion the diagnosis reached, with the evidence that supports it and the fix.
 *
 * @param code stable code
 * @param severity usually {@link FindingCode#defaultSeverity()}
 * @param title one specific line, e.g. "Token rejected by InfluxDB 2.7.12 (401 unauthorized access)"
 * @param cause the cause in plain words
 * @param evidence the requests and observations behind it
 * @param fix what to change
 * @param runbook the runbook anchor, {@link FindingCode#anchor()}
 */
public record Finding(FindingCode code, Severity severity, String title, String cause, List<Evidence> evidence, Fix fix, String runbook) {
  public Finding {
    Objects.requireNonNull(code, "code is null");
    Objects.requireNonNull(severity, "severity is null");
    title = title == null || title.isBlank() ? code.summary() : title;
    cause = cause == null ? "" : cause;
    evidence = List.copyOf(evidence);
    fix = fix == null ? Fix.none() : fix;
    runbook = runbook == null || runbook.isBlank() ? code.anchor() : runbook;
  }

  /** A finding with the code's default severity and runbook anchor. */
  public static Finding of(FindingCode code, String title, String cause, List<Evidence> evidence, Fix fix) {
    return new Finding(code, code.defaultSeverity(), title, cause, evidence, fix, code.anchor());
  }
}
