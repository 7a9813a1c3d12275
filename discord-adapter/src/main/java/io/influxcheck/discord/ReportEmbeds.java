package io.influxcheck.discord;

import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.RootCause;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.HealthStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Draws one {@link Report} as an embed: colour by verdict, the data source in the title (linked to
 * Grafana), the checklist in the description, one field per ERROR/WARN finding, INFO findings in the
 * footer. Everything is cut to Discord's limits before JDA's builders see it (they throw otherwise);
 * findings that do not fit (more than 24, or past the 6000-character message total) are named in a
 * last "not shown" field.
 */
final class ReportEmbeds {
  static final int MESSAGE_MAX = MessageEmbed.EMBED_MAX_LENGTH_BOT;
  private static final int DESCRIPTION_MAX = 1500;
  private static final int FOOTER_MAX = 900;
  private static final int NOTICE_VALUE_MAX = 300;
  private static final int NOTICE_RESERVE = NOTICE_VALUE_MAX + 60;
  private static final int MAX_FINDING_FIELDS = MessageEmbed.MAX_FIELD_AMOUNT - 1;
  private static final int MIN_FIELD = 160;
  private static final Set<RootCause> CLASSIC_CAUSES = EnumSet.range(RootCause.BAD_TOKEN, RootCause.V1_CREDENTIALS);

  private final RunbookLinks links;

  ReportEmbeds(RunbookLinks links) {
    this.links = links;
  }

  MessageEmbed embed(Report report) {
    DataSourceRef ds = report.datasource();
    EmbedBuilder embed = new EmbedBuilder()
        .setColor(Icons.colour(report.verdict()))
        .setTimestamp(report.finishedAt());
    String title = Text.cut(Icons.verdict(report.verdict()) + " " + ds.name() + " — " + Icons.verdictWord(report.verdict()),
        MessageEmbed.TITLE_MAX_LENGTH);
    embed.setTitle(title, Links.isWebUrl(ds.link()) ? ds.link() : null);
    String description = Text.cut(description(report), DESCRIPTION_MAX);
    embed.setDescription(description);
    String note = buttonsNote(ds);
    String footer = Text.cut(footer(report), FOOTER_MAX - note.length()) + note;
    embed.setFooter(footer);

    List<Finding> shown = new ArrayList<>(report.findings(Severity.ERROR));
    shown.addAll(report.findings(Severity.WARN));
    int budget = MESSAGE_MAX - title.length() - description.length() - footer.length() - NOTICE_RESERVE;
    int drawn = 0;
    for (Finding finding : shown) {
      String name = FindingField.name(finding);
      int room = budget - name.length();
      if (drawn == MAX_FINDING_FIELDS || room < MIN_FIELD) {
        break;
      }
      String value = FindingField.value(finding, room, links);
      embed.addField(name, value, false);
      budget -= name.length() + value.length();
      drawn++;
    }
    List<Finding> omitted = shown.subList(drawn, shown.size());
    if (!omitted.isEmpty()) {
      embed.addField("➕ " + omitted.size() + " more finding" + (omitted.size() == 1 ? "" : "s") + " not shown",
          Text.cut(notice(omitted, ds), NOTICE_VALUE_MAX), false);
    }
    return embed.build();
  }

  /** Re-test, Diagnose again and a link to the data source in Grafana; buttons whose id would not fit are left out. */
  static List<ActionRow> buttons(DataSourceRef ds, HealthStatus shown) {
    List<Button> buttons = new ArrayList<>();
    ButtonAction.retest(ds.key(), shown).customId().ifPresent(id -> buttons.add(Button.primary(id, "Re-test")));
    ButtonAction.diagnose(ds.key()).customId().ifPresent(id -> buttons.add(Button.secondary(id, "Diagnose again")));
    if (Links.isButtonUrl(ds.link())) {
      buttons.add(Button.link(ds.link(), "Open in Grafana"));
    }
    return buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons));
  }

  /** Says why the Re-test and Diagnose again buttons are missing, when the data source's key is too long for a button id. */
  static String buttonsNote(DataSourceRef ds) {
    return ButtonAction.retest(ds.key(), HealthStatus.UNKNOWN).customId().isPresent() ? ""
        : " · no Re-test/Diagnose again buttons: this data source's id is longer than a Discord button id allows "
            + "(100 characters); use /influx-check retest or diagnose";
  }

  /** The health the report shows, as Grafana's health API would put it: the "before" of a Re-test click. */
  static HealthStatus shownHealth(Report report) {
    for (Finding finding : report.findings()) {
      if (finding.code() == FindingCode.GRAFANA_HEALTH_FAILED) {
        return HealthStatus.ERROR;
      }
      if (finding.code() == FindingCode.GRAFANA_HEALTH_OK) {
        return HealthStatus.OK;
      }
    }
    switch (report.verdict()) {
      case HEALTHY: return HealthStatus.OK;
      case UNHEALTHY: return HealthStatus.ERROR;
      default: return HealthStatus.UNKNOWN;
    }
  }

  static String checklistLines(Checklist checklist, int max) {
    StringBuilder text = new StringBuilder();
    for (CheckLine line : checklist.lines()) {
      String row = Icons.check(line.status()) + " " + Text.plain(line.label())
          + (line.detail().isEmpty() ? "" : " — " + Text.plain(line.detail()));
      row = Text.cut(row, 160);
      if (text.length() + row.length() + 1 > max) {
        text.append(Text.ELLIPSIS);
        break;
      }
      text.append(row).append('\n');
    }
    return text.toString().strip();
  }

  private static String description(Report report) {
    DataSourceRef ds = report.datasource();
    List<String> facts = new ArrayList<>();
    if (report.server().isKnown()) {
      facts.add("**" + Text.plain((report.server().product() + " " + report.server().version()).strip()) + "**");
    }
    facts.add(ds.queryLanguage().grafanaName());
    if (!ds.url().isEmpty()) {
      facts.add(Text.code(ds.url()));
    }
    StringBuilder text = new StringBuilder(String.join(" · ", facts));
    List<String> ids = new ArrayList<>();
    if (!ds.uid().isEmpty()) {
      ids.add("uid " + Text.code(ds.uid()));
    }
    if (!ds.grafana().isEmpty()) {
      ids.add("Grafana " + Text.code(ds.grafana()));
    }
    if (!ids.isEmpty()) {
      text.append('\n').append(String.join(" · ", ids));
    }
    List<Finding> errors = report.findings(Severity.ERROR);
    if (report.verdict() == Verdict.UNHEALTHY && !errors.isEmpty()) {
      text.append("\n**Root cause:** ").append(rootCause(errors).label());
    } else if (report.verdict() == Verdict.INCONCLUSIVE) {
      text.append("\n**Inconclusive:** the checks could not reach a verdict; this says nothing about the credentials yet.");
    }
    String checks = checklistLines(report.checklist(), DESCRIPTION_MAX - text.length() - 2);
    if (!checks.isEmpty()) {
      text.append("\n\n").append(checks);
    }
    return text.toString();
  }

  /** The first of the five classic causes among the errors; else the first error's family (e.g. Grafana's view). */
  private static RootCause rootCause(List<Finding> errors) {
    for (Finding error : errors) {
      if (CLASSIC_CAUSES.contains(error.code().rootCause())) {
        return error.code().rootCause();
      }
    }
    return errors.get(0).code().rootCause();
  }

  private static String footer(Report report) {
    List<String> parts = new ArrayList<>();
    for (Finding info : report.findings(Severity.INFO)) {
      parts.add("ℹ️ " + info.code().name() + ": " + info.title());
    }
    parts.add("checked in " + report.durationMs() + " ms");
    return String.join(" · ", parts);
  }

  private static String notice(List<Finding> omitted, DataSourceRef ds) {
    String codes = omitted.stream().map(f -> f.code().name()).distinct().collect(Collectors.joining(", "));
    String tail = " The whole report: `influx-check diagnose " + Text.cut(ds.name(), 60).replace('`', '\'') + "` on a terminal.";
    return Text.cut("Discord allows 25 fields and 6000 characters per message. Not shown: " + codes + ".",
        NOTICE_VALUE_MAX - tail.length()) + tail;
  }
}
