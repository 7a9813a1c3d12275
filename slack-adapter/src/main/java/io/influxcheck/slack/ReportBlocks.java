package io.influxcheck.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One diagnosis report in Block Kit: a header with the verdict and data source, a context line with
 * the server and the checks, one section pair per ERROR/WARN finding (what and evidence; fix), INFO
 * findings folded into a context line, and the Re-test / Diagnose again / Grafana buttons.
 *
 * <p>Truncation: every text has a budget; at most {@link #MAX_EVIDENCE} evidence items per finding;
 * findings beyond the block limit are left out. Whatever was cut is named in a context line.
 */
final class ReportBlocks {
  static final int MAX_EVIDENCE = 3;
  private static final int FIXED_BLOCKS = 7;
  private static final int TITLE_BUDGET = 250;
  private static final int CAUSE_BUDGET = 700;
  private static final int EVIDENCE_PATH_BUDGET = 160;
  private static final int EVIDENCE_EXCERPT_BUDGET = 240;
  private static final int FIX_TEXT_BUDGET = 600;
  private static final int FIX_CODE_BUDGET = 900;
  private static final int INFO_TITLE_BUDGET = 300;
  private static final int INFO_LINE_BUDGET = 2500;

  private final String runbookUrl;

  ReportBlocks(String runbookUrl) {
    this.runbookUrl = runbookUrl;
  }

  SlackMessage render(Report report) {
    Cuts cuts = new Cuts();
    DataSourceRef ds = report.datasource();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockLimits.header(Glyphs.of(report.verdict()) + " " + Glyphs.word(report.verdict()) + ": " + ds.name()));
    blocks.add(BlockLimits.context(serverLine(report)));
    if (!report.checklist().lines().isEmpty()) {
      blocks.add(BlockLimits.context(checksLine(report.checklist().lines(), cuts)));
    }
    blocks.add(divider());

    List<Finding> problems = report.findings().stream().filter(f -> f.severity() != Severity.INFO)
        .sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
    int room = (BlockLimits.MAX_BLOCKS - FIXED_BLOCKS) / 2;
    for (Finding finding : problems.subList(0, Math.min(room, problems.size()))) {
      blocks.add(BlockLimits.section(whatAndEvidence(finding, cuts)));
      if (!finding.fix().isEmpty() || !finding.runbook().isEmpty()) {
        blocks.add(BlockLimits.section(fix(finding, cuts)));
      }
    }
    if (problems.size() > room) {
      List<Finding> left = problems.subList(room, problems.size());
      cuts.note(left.size() + " more finding" + (left.size() == 1 ? "" : "s") + " ("
          + left.stream().map(f -> f.code().name()).distinct().collect(Collectors.joining(", ")) + ")");
    }
    if (problems.isEmpty() && report.verdict() == io.influxcheck.core.diagnosis.Verdict.HEALTHY) {
      blocks.add(BlockLimits.section(":white_check_mark: Every check passed: InfluxDB accepts exactly the request Grafana makes."));
    }
    List<Finding> infos = report.findings(Severity.INFO);
    if (!infos.isEmpty()) {
      blocks.add(BlockLimits.context(infoLine(infos, cuts)));
    }
    if (cuts.any()) {
      blocks.add(BlockLimits.context(":scissors: Shortened to fit Slack: " + cuts.summary()
          + ". The full report: `influx-check diagnose " + Mrkdwn.escapeFit(ds.key(), 300) + "` in a terminal."));
    }
    blocks.add(actions(buttons(ds, RetestButton.after(report))));
    return SlackMessage.of(Mrkdwn.fit(Glyphs.word(report.verdict()) + ": " + ds.name() + headline(problems), BlockLimits.MAX_FALLBACK_TEXT), blocks);
  }

  /** Re-test (when Grafana knows the data source), Diagnose again, and the Grafana link. */
  static List<BlockElement> buttons(DataSourceRef ds, RetestButton retest) {
    List<BlockElement> buttons = new ArrayList<>();
    Optional<String> retestValue = retest.encode();
    if ((!ds.uid().isEmpty() || !ds.grafana().isEmpty()) && retestValue.isPresent()) {
      buttons.add(ButtonElement.builder().actionId(ActionIds.RETEST).text(plainText("Re-test", true))
          .style("primary").value(retestValue.get()).build());
    }
    buttons.add(diagnoseButton(ds, "Diagnose again"));
    if (!ds.link().isEmpty() && ds.link().length() <= BlockLimits.MAX_BUTTON_URL) {
      buttons.add(ButtonElement.builder().actionId(ActionIds.OPEN_GRAFANA).text(plainText("Open in Grafana", true))
          .url(ds.link()).build());
    }
    return buttons;
  }

  static ButtonElement diagnoseButton(DataSourceRef ds, String label) {
    return ButtonElement.builder().actionId(ActionIds.DIAGNOSE).text(plainText(label, true))
        .value(Mrkdwn.fit(ds.key(), BlockLimits.MAX_BUTTON_VALUE)).build();
  }

  private static String headline(List<Finding> problems) {
    return problems.isEmpty() ? "" : ": " + problems.get(0).title();
  }

  static String serverLine(Report report) {
    DataSourceRef ds = report.datasource();
    List<String> parts = new ArrayList<>();
    if (report.server().isKnown()) {
      parts.add(Mrkdwn.escapeFit(report.server().product() + " " + report.server().version(), 100));
    }
    if (!ds.url().isEmpty()) {
      parts.add(Mrkdwn.code(ds.url(), 300));
    }
    parts.add(ds.queryLanguage().name().charAt(0) + ds.queryLanguage().name().substring(1).toLowerCase(java.util.Locale.ROOT));
    if (!ds.uid().isEmpty()) {
      parts.add("uid " + Mrkdwn.code(ds.uid(), 100));
    }
    parts.add("checked " + Mrkdwn.date(report.finishedAt()) + " in " + report.durationMs() + " ms");
    return String.join(" · ", parts);
  }

  /** The INFO findings in one context line; those that do not fit are counted, and named in the cuts. */
  private static String infoLine(List<Finding> infos, Cuts cuts) {
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (Finding info : infos) {
      String part = Glyphs.of(Severity.INFO) + " " + Mrkdwn.escapeFit(cuts.fit(info.title(), INFO_TITLE_BUDGET), INFO_TITLE_BUDGET);
      if (text.length() + part.length() + 3 > INFO_LINE_BUDGET) {
        break;
      }
      text.append(text.length() == 0 ? "" : "   ").append(part);
      shown++;
    }
    if (shown < infos.size()) {
      int more = infos.size() - shown;
      cuts.note(more + " INFO finding" + (more == 1 ? "" : "s"));
      text.append(text.length() == 0 ? "" : "   ").append("… ").append(more).append(" more");
    }
    return text.toString();
  }

  private static String checksLine(List<CheckLine> lines, Cuts cuts) {
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (CheckLine line : lines) {
      String part = Glyphs.of(line.status()) + " " + Mrkdwn.escapeFit(line.label(), 80);
      if (text.length() + part.length() + 3 > 1500) {
        break;
      }
      text.append(text.length() == 0 ? "" : "   ").append(part);
      shown++;
    }
    if (shown < lines.size()) {
      cuts.note((lines.size() - shown) + " checklist lines");
      text.append("   … ").append(lines.size() - shown).append(" more");
    }
    return text.toString();
  }

  private static String whatAndEvidence(Finding finding, Cuts cuts) {
    StringBuilder text = new StringBuilder();
    text.append(Glyphs.of(finding.severity())).append(" *").append(Mrkdwn.escapeFit(cuts.fit(finding.title(), TITLE_BUDGET), TITLE_BUDGET))
        .append("*  `").append(finding.code().name()).append('`');
    if (!finding.cause().isEmpty()) {
      text.append('\n').append(Mrkdwn.escape(cuts.fit(finding.cause(), CAUSE_BUDGET)));
    }
    List<Evidence> evidence = finding.evidence();
    if (!evidence.isEmpty()) {
      text.append("\n*Evidence*");
      for (Evidence e : evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size()))) {
        text.append("\n• ").append(evidenceLine(e, cuts));
      }
      if (evidence.size() > MAX_EVIDENCE) {
        int more = evidence.size() - MAX_EVIDENCE;
        text.append("\n• … ").append(more).append(" more");
        cuts.evidenceLeftOut(more);
      }
    }
    return text.toString();
  }

  private static String evidenceLine(Evidence e, Cuts cuts) {
    String excerpt = cuts.fit(e.excerpt().replaceAll("\\s+", " ").strip(), EVIDENCE_EXCERPT_BUDGET);
    if (!e.isRequest()) {
      String where = e.path().isEmpty() ? e.target() : e.path();
      return Mrkdwn.code(cuts.fit(where, EVIDENCE_PATH_BUDGET), EVIDENCE_PATH_BUDGET) + " " + Mrkdwn.escape(excerpt);
    }
    StringBuilder line = new StringBuilder();
    line.append(Mrkdwn.escape(e.target())).append(' ')
        .append(Mrkdwn.code(e.method() + " " + cuts.fit(e.path(), EVIDENCE_PATH_BUDGET), EVIDENCE_PATH_BUDGET + 10))
        .append(" → *").append(e.status() == null ? "no answer" : e.status().toString()).append('*');
    if (!e.auth().isEmpty()) {
      line.append(" · ").append(Mrkdwn.escapeFit(e.auth(), 80));
    }
    if (!excerpt.isEmpty()) {
      line.append('\n').append("   ").append(Mrkdwn.code(excerpt, EVIDENCE_EXCERPT_BUDGET));
    }
    return line.toString();
  }

  private String fix(Finding finding, Cuts cuts) {
    StringBuilder text = new StringBuilder();
    if (!finding.fix().description().isEmpty()) {
      text.append("*Fix:* ").append(Mrkdwn.escape(cuts.fit(finding.fix().description(), FIX_TEXT_BUDGET)));
    }
    if (!finding.fix().yaml().isEmpty()) {
      text.append('\n').append(Mrkdwn.codeBlock(cuts.fit(finding.fix().yaml(), FIX_CODE_BUDGET), FIX_CODE_BUDGET));
    }
    if (!finding.fix().command().isEmpty()) {
      text.append('\n').append(Mrkdwn.codeBlock(cuts.fit(finding.fix().command(), FIX_CODE_BUDGET), FIX_CODE_BUDGET));
    }
    text.append('\n').append(runbookLink(finding.runbook()));
    return text.toString().strip();
  }

  String runbookLink(String anchor) {
    if (runbookUrl.isEmpty()) {
      return ":book: Runbook: `/influx-check runbook " + Mrkdwn.escape(anchor) + "`";
    }
    return ":book: <" + Mrkdwn.escape(runbookUrl) + "#" + Mrkdwn.escape(anchor) + "|Runbook: " + Mrkdwn.escape(anchor) + ">";
  }

  /** What a message had to leave out, said once at the end. */
  static final class Cuts {
    private final List<String> notes = new ArrayList<>();
    private int shortenedTexts;
    private int evidenceLeftOut;

    String fit(String text, int max) {
      if (text.length() > max) {
        shortenedTexts++;
        return Mrkdwn.fit(text, max);
      }
      return text;
    }

    void evidenceLeftOut(int count) {
      evidenceLeftOut += count;
    }

    void note(String what) {
      notes.add(what);
    }

    boolean any() {
      return shortenedTexts > 0 || evidenceLeftOut > 0 || !notes.isEmpty();
    }

    String summary() {
      List<String> parts = new ArrayList<>();
      if (shortenedTexts > 0) {
        parts.add(shortenedTexts + " long text" + (shortenedTexts == 1 ? "" : "s") + " cut (marked …)");
      }
      List<String> leftOut = new ArrayList<>(notes);
      if (evidenceLeftOut > 0) {
        leftOut.add(evidenceLeftOut + " evidence item" + (evidenceLeftOut == 1 ? "" : "s") + " (" + MAX_EVIDENCE + " shown per finding)");
      }
      if (!leftOut.isEmpty()) {
        parts.add("left out " + String.join(", ", leftOut));
      }
      return Mrkdwn.fit(String.join("; ", parts), 2000);
    }
  }
}
