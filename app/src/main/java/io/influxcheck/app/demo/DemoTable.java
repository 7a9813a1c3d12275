package io.influxcheck.app.demo;

import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.lab.scenario.ScenarioOutcome;
import java.util.List;
import java.util.stream.Collectors;

/** The compact table of the demo: scenario, verdict, codes found, ✔/✘ against the expectation. */
public final class DemoTable {
  public String render(List<ScenarioOutcome> outcomes) {
    int nameWidth = Math.max("scenario".length(), outcomes.stream().mapToInt(o -> o.scenario().name().length()).max().orElse(0));
    int codesWidth = Math.max("codes found".length(), outcomes.stream().mapToInt(o -> codes(o).length()).max().orElse(0));
    StringBuilder out = new StringBuilder();
    out.append(row(nameWidth, codesWidth, "scenario", "verdict", "codes found", "expected")).append('\n');
    out.append(row(nameWidth, codesWidth, "-".repeat(nameWidth), "-".repeat(12), "-".repeat(codesWidth), "--------")).append('\n');
    for (ScenarioOutcome o : outcomes) {
      String verdict = o.report().map(r -> r.verdict().name()).orElse("NO REPORT");
      String expected = o.asExpected() ? "✔" : "✘ " + o.mismatch();
      out.append(row(nameWidth, codesWidth, o.scenario().name(), verdict, codes(o), expected)).append('\n');
    }
    long passed = outcomes.stream().filter(ScenarioOutcome::asExpected).count();
    out.append('\n').append(passed).append(" of ").append(outcomes.size()).append(" scenarios diagnosed as expected.\n");
    return out.toString();
  }

  private static String codes(ScenarioOutcome outcome) {
    String codes = outcome.problemCodes().stream().map(FindingCode::name).collect(Collectors.joining(", "));
    return codes.isEmpty() ? "-" : codes;
  }

  private static String row(int nameWidth, int codesWidth, String name, String verdict, String codes, String expected) {
    return (pad(name, nameWidth) + "  " + pad(verdict, 12) + "  " + pad(codes, codesWidth) + "  " + expected).stripTrailing();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
