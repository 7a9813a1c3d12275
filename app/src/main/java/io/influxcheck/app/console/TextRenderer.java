package io.influxcheck.app.console;

import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.Report;
import java.util.List;

/**
 * The terminal report: a checklist a person scans in two seconds, then each ERROR and WARN finding with
 * its evidence, cause, fix and runbook anchor, then INFO findings in one line each.
 */
public final class TextRenderer implements ReportRenderer {
  static final int MAX_EXCERPT = 1_000;
  static final int MAX_FIELD = 4_000;

  private final Ansi ansi;

  public TextRenderer(Ansi ansi) {
    this.ansi = ansi;
  }

  @Override
  public String render(List<Report> reports) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        out.append('\n').append("─".repeat(72)).append("\n\n");
      }
      renderOne(reports.get(i), out);
    }
    return out.toString();
  }

  private void renderOne(Report report, StringBuilder out) {
    out.append(Symbols.of(report.verdict())).append(' ').append(ansi.bold(Texts.title(report)))
        .append(": ").append(verdict(report.verdict())).append('\n');
    out.append("   ").append(ansi.dim(report.datasource().queryLanguage().grafanaName() + " · "
        + orDash(report.datasource().url()) + " · " + Texts.server(report) + " · " + report.durationMs() + " ms"))
        .append("\n\n");

    List<CheckLine> lines = report.checklist().lines();
    int width = lines.stream().mapToInt(l -> l.label().length()).max().orElse(0);
    for (CheckLine line : lines) {
      out.append("   ").append(Symbols.of(line.status())).append(' ').append(pad(line.label(), width));
      if (!line.detail().isEmpty()) {
        out.append("  ").append(ansi.dim(Texts.cap(line.detail(), 200)));
      }
      out.append('\n');
    }
    if (!lines.isEmpty()) {
      out.append('\n');
    }

    for (Finding finding : report.findings()) {
      if (finding.severity() != Severity.INFO) {
        renderProblem(finding, out);
      }
    }
    List<Finding> infos = report.findings(Severity.INFO);
    for (Finding info : infos) {
      out.append(Symbols.of(Severity.INFO)).append(' ').append(info.code().name()).append("  ")
          .append(Texts.cap(info.title(), MAX_FIELD)).append('\n');
    }
  }

  private void renderProblem(Finding finding, StringBuilder out) {
    String header = finding.code().name() + "  " + Texts.cap(finding.title(), MAX_FIELD);
    out.append(Symbols.of(finding.severity())).append(' ')
        .append(finding.severity() == Severity.ERROR ? ansi.red(ansi.bold(header)) : ansi.yellow(ansi.bold(header)))
        .append('\n');
    if (!finding.cause().isEmpty()) {
      out.append(Texts.indent("Cause: " + Texts.cap(finding.cause(), MAX_FIELD), "   ")).append('\n');
    }
    if (!finding.evidence().isEmpty()) {
      out.append("   Evidence:\n");
      for (Evidence e : finding.evidence()) {
        out.append("     • ").append(Texts.evidenceLine(e)).append('\n');
        if (!e.excerpt().isEmpty()) {
          out.append(Texts.indent(Texts.cap(e.excerpt(), MAX_EXCERPT), "         ")).append('\n');
        }
      }
    }
    Fix fix = finding.fix();
    if (!fix.isEmpty()) {
      out.append(Texts.indent(ansi.green("Fix: ") + Texts.cap(fix.description(), MAX_FIELD), "   ")).append('\n');
      if (!fix.yaml().isEmpty()) {
        out.append("     YAML:\n").append(Texts.indent(Texts.cap(fix.yaml().stripTrailing(), MAX_FIELD), "       ")).append('\n');
      }
      if (!fix.command().isEmpty()) {
        out.append("     Command:\n").append(Texts.indent(Texts.cap(fix.command().stripTrailing(), MAX_FIELD), "       ")).append('\n');
      }
    }
    out.append("   Runbook: docs/RUNBOOK.md#").append(finding.runbook()).append('\n').append('\n');
  }

  private String verdict(Verdict verdict) {
    switch (verdict) {
      case HEALTHY: return ansi.green(ansi.bold("HEALTHY"));
      case UNHEALTHY: return ansi.red(ansi.bold("UNHEALTHY"));
      default: return ansi.yellow(ansi.bold("INCONCLUSIVE")) + " (a server could not be reached; nothing was proven)";
    }
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String orDash(String text) {
    return text.isEmpty() ? "(no URL)" : text;
  }
}
