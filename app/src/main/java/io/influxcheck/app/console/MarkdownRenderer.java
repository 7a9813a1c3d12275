package io.influxcheck.app.console;

import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.Report;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report as Markdown, for pasting into an incident document. */
public final class MarkdownRenderer implements ReportRenderer {
  static final int MAX_EXCERPT = 4_000;
  static final int MAX_FIELD = 8_000;
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  @Override
  public String render(List<Report> reports) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        out.append("\n---\n\n");
      }
      renderOne(reports.get(i), out);
    }
    return out.toString();
  }

  private static void renderOne(Report report, StringBuilder out) {
    out.append("## ").append(Symbols.of(report.verdict())).append(' ').append(escape(Texts.title(report)))
        .append(": ").append(report.verdict().name()).append("\n\n");
    out.append("| | |\n|---|---|\n");
    row(out, "URL", code(report.datasource().url()));
    row(out, "Query language", report.datasource().queryLanguage().grafanaName());
    row(out, "Server", escape(Texts.server(report)));
    row(out, "Diagnosed", report.finishedAt() + " (" + report.durationMs() + " ms)");
    out.append('\n');

    if (!report.checklist().lines().isEmpty()) {
      out.append("### Checks\n\n");
      for (CheckLine line : report.checklist().lines()) {
        out.append("- ").append(Symbols.of(line.status())).append(' ').append(escape(line.label()));
        if (!line.detail().isEmpty()) {
          out.append(": ").append(code(Texts.cap(line.detail(), 300)));
        }
        out.append('\n');
      }
      out.append('\n');
    }

    List<Finding> problems = report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    if (!problems.isEmpty()) {
      out.append("### Findings\n\n");
      problems.forEach(f -> renderProblem(f, out));
    }
    List<Finding> infos = report.findings(Severity.INFO);
    if (!infos.isEmpty()) {
      out.append("### Context\n\n");
      for (Finding info : infos) {
        out.append("- ").append(Symbols.of(Severity.INFO)).append(" `").append(info.code().name()).append("` ")
            .append(escape(Texts.cap(info.title(), MAX_FIELD))).append('\n');
      }
      out.append('\n');
    }
  }

  private static void renderProblem(Finding finding, StringBuilder out) {
    out.append("#### ").append(Symbols.of(finding.severity())).append(" `").append(finding.code().name()).append("`: ")
        .append(escape(Texts.cap(finding.title(), MAX_FIELD))).append("\n\n");
    if (!finding.cause().isEmpty()) {
      out.append("**Cause.** ").append(escape(Texts.cap(finding.cause(), MAX_FIELD))).append("\n\n");
    }
    if (!finding.evidence().isEmpty()) {
      out.append("**Evidence**\n\n");
      for (Evidence e : finding.evidence()) {
        out.append("- ").append(code(Texts.evidenceLine(e))).append('\n');
        if (!e.excerpt().isEmpty()) {
          out.append('\n').append(Texts.indent(fence(Texts.cap(e.excerpt(), MAX_EXCERPT), ""), "  ")).append("\n\n");
        }
      }
      if (!endsWithBlankLine(out)) {
        out.append('\n');
      }
    }
    Fix fix = finding.fix();
    if (!fix.isEmpty()) {
      out.append("**Fix.** ").append(escape(Texts.cap(fix.description(), MAX_FIELD))).append("\n\n");
      if (!fix.yaml().isEmpty()) {
        out.append(fence(Texts.cap(fix.yaml().stripTrailing(), MAX_FIELD), "yaml")).append("\n\n");
      }
      if (!fix.command().isEmpty()) {
        out.append(fence(Texts.cap(fix.command().stripTrailing(), MAX_FIELD), "sh")).append("\n\n");
      }
    }
    out.append("Runbook: [").append(finding.runbook()).append("](docs/RUNBOOK.md#").append(finding.runbook())
        .append(")\n\n");
  }

  private static boolean endsWithBlankLine(StringBuilder out) {
    int n = out.length();
    return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
  }

  private static void row(StringBuilder out, String key, String value) {
    out.append("| ").append(key).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
  }

  /** A fenced block whose fence is longer than any run of backticks inside. */
  static String fence(String text, String language) {
    int longest = 0;
    Matcher m = BACKTICKS.matcher(text);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + language + "\n" + text + "\n" + fence;
  }

  /** Inline code that survives backticks inside. */
  static String code(String text) {
    if (text.isEmpty()) {
      return "";
    }
    int longest = 0;
    Matcher m = BACKTICKS.matcher(text);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    String ticks = "`".repeat(longest + 1);
    String pad = longest > 0 ? " " : "";
    return ticks + pad + text.replace('\n', ' ') + pad + ticks;
  }

  /** Escapes the characters that would turn prose into markup. */
  static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1");
  }
}
