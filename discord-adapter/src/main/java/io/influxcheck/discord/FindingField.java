package io.influxcheck.discord;

import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Draws one ERROR or WARN finding as an embed field within a character budget (at most Discord's 1024
 * per field). When the budget is short, parts give way in this order: evidence, the YAML change, the
 * cause, the fix description, the fix command; the runbook line always stays. Cut parts end in "…",
 * and dropped evidence is counted ("+2 more requests") so the reader knows something was left out.
 */
final class FindingField {
  private static final int EVIDENCE_LINE_MAX = 220;
  private static final int MIN_USEFUL = 24;
  private static final int EVIDENCE_NOTE_RESERVE = 34;

  private FindingField() { }

  static String name(Finding finding) {
    return Text.cut(Icons.severity(finding.severity()) + " " + finding.code().name() + " · " + finding.title(),
        MessageEmbed.TITLE_MAX_LENGTH);
  }

  static String value(Finding finding, int budget, RunbookLinks links) {
    int limit = Math.min(budget, MessageEmbed.VALUE_MAX_LENGTH);
    String runbook = Text.cut(links.line(finding.runbook()), limit);
    int evidenceNote = finding.evidence().isEmpty() ? 0 : EVIDENCE_NOTE_RESERVE;
    Budget left = new Budget(limit - runbook.length() - evidenceNote);

    String command = left.block("sh", finding.fix().command(), 400);
    String fixText = finding.fix().description().isEmpty() ? "" : left.cut("**Fix:** " + finding.fix().description(), 300);
    String cause = left.cut(Text.plain(finding.cause()), 320);
    String yaml = left.block("yaml", finding.fix().yaml(), 320);
    left.left += evidenceNote;
    String evidence = left.evidence(finding.evidence());

    List<String> parts = new ArrayList<>();
    for (String part : List.of(cause, evidence, fixText, command, yaml, runbook)) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return String.join("\n", parts);
  }

  static String evidenceLine(Evidence evidence) {
    StringBuilder line = new StringBuilder();
    if (evidence.isRequest()) {
      line.append(targetLabel(evidence.target())).append(' ')
          .append(Text.code(evidence.method() + " " + evidence.path()))
          .append(" → ").append(evidence.status() == null ? "no response" : "**" + evidence.status() + "**");
      if (!evidence.auth().isEmpty()) {
        line.append(" · ").append(Text.plain(evidence.auth()));
      }
    } else {
      line.append(targetLabel(evidence.target()));
      if (!evidence.path().isEmpty()) {
        line.append(' ').append(Text.code(evidence.path()));
      }
    }
    if (!evidence.excerpt().isBlank()) {
      line.append(evidence.isRequest() ? " " + Text.code(Text.cut(evidence.excerpt().strip(), 120)) : ": " + Text.plain(evidence.excerpt().strip()));
    }
    return Text.cut("• " + line, EVIDENCE_LINE_MAX);
  }

  private static String targetLabel(String target) {
    switch (target) {
      case "influxdb": return "InfluxDB";
      case "grafana": return "Grafana";
      case "config": return "Config";
      default: return Text.plain(target);
    }
  }

  /** Characters still free in the field; each part takes what it needs up to its cap, plus a line break. */
  private static final class Budget {
    private int left;

    Budget(int left) {
      this.left = left;
    }

    String cut(String text, int cap) {
      int room = Math.min(cap, left - 1);
      if (text.isBlank() || (text.length() > room && room < MIN_USEFUL)) {
        return "";
      }
      String piece = Text.cut(text, room);
      left -= piece.length() + 1;
      return piece;
    }

    String block(String language, String content, int cap) {
      String piece = Text.block(language, content, Math.min(cap, left - 1));
      if (!piece.isEmpty()) {
        left -= piece.length() + 1;
      }
      return piece;
    }

    String evidence(List<Evidence> evidence) {
      List<String> lines = new ArrayList<>();
      int used = 0;
      for (Evidence e : evidence) {
        String line = evidenceLine(e);
        String more = "• +" + (evidence.size() - lines.size()) + " more";
        if (used + line.length() + 1 + more.length() + 1 > left) {
          break;
        }
        lines.add(line);
        used += line.length() + 1;
      }
      int dropped = evidence.size() - lines.size();
      if (dropped > 0 && !lines.isEmpty()) {
        lines.add("• +" + dropped + " more");
      } else if (dropped > 0 && left >= EVIDENCE_NOTE_RESERVE) {
        lines.add("• " + dropped + " evidence item" + (dropped == 1 ? "" : "s") + " not shown");
      }
      String text = String.join("\n", lines);
      left -= text.isEmpty() ? 0 : text.length() + 1;
      return text;
    }
  }
}
