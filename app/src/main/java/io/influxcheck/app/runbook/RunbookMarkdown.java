package io.influxcheck.app.runbook;

import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.RootCause;
import io.influxcheck.core.diagnosis.RunbookEntry;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The on-call runbook in Markdown: the diagnostic workflow, then one section per finding code (what it
 * means, how to confirm by hand, how to fix), grouped by root cause. Section anchors are the codes in
 * lower case ({@link FindingCode#anchor()}), which every report links to.
 */
public final class RunbookMarkdown {
  public static final String REGENERATE = "./influx-check runbook > docs/RUNBOOK.md";

  public String render(List<String> workflow, List<RunbookEntry> entries) {
    List<RunbookEntry> sorted = entries.stream()
        .sorted(Comparator.comparing((RunbookEntry e) -> e.code().rootCause()).thenComparing(RunbookEntry::code))
        .toList();
    StringBuilder out = new StringBuilder();
    out.append("# influx-check on-call runbook\n\n");
    out.append("<!-- Generated from the finding catalogue; do not edit. Regenerate with: ").append(REGENERATE)
        .append(" -->\n\n");
    out.append(ON_CALL);
    out.append("## Diagnostic workflow\n\n");
    out.append("What the diagnosis checks, in order (and what to check by hand when influx-check cannot run):\n\n");
    for (int i = 0; i < workflow.size(); i++) {
      out.append(i + 1).append(". ").append(prose(workflow.get(i).strip())).append('\n');
    }
    out.append('\n');
    out.append("## Findings by root cause\n\n");
    for (RootCause cause : RootCause.values()) {
      List<RunbookEntry> group = sorted.stream().filter(e -> e.code().rootCause() == cause).toList();
      if (!group.isEmpty()) {
        out.append("- **").append(cause.label()).append("**: ")
            .append(group.stream().map(e -> "[" + e.code().name() + "](#" + e.code().anchor() + ")")
                .collect(Collectors.joining(", ")))
            .append('\n');
      }
    }
    out.append('\n');
    RootCause current = null;
    for (RunbookEntry entry : sorted) {
      if (entry.code().rootCause() != current) {
        current = entry.code().rootCause();
        out.append("## ").append(current.label()).append("\n\n");
      }
      section(entry, out);
    }
    return out.toString();
  }

  /** One entry on its own, e.g. for {@code influx-check runbook TOKEN_INVALID}. */
  public String render(RunbookEntry entry) {
    StringBuilder out = new StringBuilder();
    section(entry, out);
    return out.toString();
  }

  private static void section(RunbookEntry entry, StringBuilder out) {
    FindingCode code = entry.code();
    out.append("### ").append(code.name()).append("\n\n");
    out.append("*").append(code.summary()).append("* · severity ").append(code.defaultSeverity())
        .append(" · root cause: ").append(code.rootCause().label()).append("\n\n");
    out.append("**What it means.** ").append(prose(entry.meaning().strip())).append("\n\n");
    out.append("**Confirm by hand.**\n\n").append(block(entry.confirmByHand().strip())).append("\n\n");
    out.append("**Fix.** ").append(prose(entry.fix().strip())).append("\n\n");
  }

  /** Prose with {@code <placeholders>} kept visible: angle brackets outside `code spans` become entities. */
  static String prose(String text) {
    String[] parts = text.split("`", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append('`');
      }
      out.append(i % 2 == 0 ? parts[i].replace("<", "&lt;").replace(">", "&gt;") : parts[i]);
    }
    return out.toString();
  }

  /** Commands go in a shell block; prose that already has Markdown fences is left as written. */
  private static String block(String text) {
    return text.contains("```") ? text : "```sh\n" + text + "\n```";
  }

  private static final String ON_CALL = String.join("\n",
      "## On call",
      "",
      "When a Grafana panel or the data source's *Save & test* says `401 unauthorized` (or",
      "`InfluxDB returned error: ...`):",
      "",
      "1. **Run the diagnosis** from where Grafana's server runs (its network view is the one that matters):",
      "   `./influx-check diagnose --provisioning /etc/grafana/provisioning/datasources/influx.yaml`",
      "   (or `/influx-check NAME` in Slack or Discord). Exit code 0 healthy, 1 unhealthy, 2 bad input,",
      "   3 inconclusive.",
      "2. **Read the checklist top-down.** The first ❌ line is where the chain breaks: reachability, then",
      "   credentials (token or user/password), then organization/database, then bucket permission, then the",
      "   exact query Grafana runs.",
      "3. **Read the ERROR finding.** Its code links to a section below. The evidence shows the request",
      "   influx-check made and InfluxDB's exact answer; secrets appear only as fingerprints",
      "   (`sha256:1f2e3d4c (88 chars)`), so compare fingerprints instead of pasting tokens.",
      "4. **Confirm by hand** with the curl commands of that section if you want to see it yourself.",
      "   Keep tokens in environment variables (`INFLUX_TOKEN`, `INFLUX_PASSWORD`), never on the command line",
      "   of a shared shell history.",
      "5. **Apply the fix** (the report prints the YAML change and the `influx` command with the real names),",
      "   restart Grafana or re-save the data source, then **re-test** through Grafana's health API",
      "   (`retest NAME` in chat) and run the diagnosis again.",
      "6. **INCONCLUSIVE** means a server could not be reached or did not answer in time: nothing about",
      "   credentials was proven. Fix reachability first (URL, port, DNS, firewall, TLS).",
      "",
      "");
}
