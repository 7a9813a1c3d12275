package io.influxcheck.app.demo;

import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.RetestResult;
import io.influxcheck.lab.scenario.LabIncident;
import java.util.stream.Collectors;

/** The demo's incident end to end, one step a line: diagnose, re-test, apply the fix through Grafana, re-test. */
public final class IncidentText {
  private static final String INDENT = "               ";

  public String render(LabIncident.Walkthrough walk) {
    String codes = walk.diagnosis().findings().stream().filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.code().name()).distinct().collect(Collectors.joining(", "));
    Finding fix = walk.fix();
    StringBuilder out = new StringBuilder();
    out.append("Incident end to end: data source ").append(walk.diagnosis().datasource().name())
        .append(" in the lab Grafana (scenario ").append(LabIncident.SCENARIO).append(")\n\n");
    out.append("1. diagnose    ").append(walk.diagnosis().verdict()).append(": ").append(codes).append('\n');
    out.append(INDENT).append(fix.title()).append('\n');
    out.append(INDENT).append("Fix: ").append(fix.fix().description()).append('\n');
    out.append("2. re-test     ").append(health(walk.before())).append('\n');
    out.append("3. apply fix   ").append(walk.applied()).append('\n');
    out.append("4. re-test     ").append(health(walk.after()));
    if (walk.after().previous() != null) {
      out.append(" (before: ").append(walk.after().previous().status()).append(')');
    }
    out.append('\n');
    out.append('\n').append(walk.resolved() ? "Resolved: Grafana's health check is green after the fix."
        : "NOT resolved: Grafana's health check did not turn green after the fix.").append('\n');
    return out.toString();
  }

  private static String health(RetestResult result) {
    HealthSnapshot now = result.current();
    return (result.isOk() ? "✅ " : "❌ ") + now.status() + "  " + now.message().strip()
        + (now.cause() == null ? "" : " (" + now.cause().name() + ")") + " · " + result.durationMs() + " ms";
  }
}
