package io.influxcheck.discord;

import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.RunbookEntry;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Draws the many-item replies: the {@code all} summary, the data-source list (with a Diagnose button
 * per data source), the runbook and the help. Items past Discord's limits are counted in a last line.
 */
final class ListEmbeds {
  private static final int ITEM_FIELDS = MessageEmbed.MAX_FIELD_AMOUNT - 1;
  private static final int ITEMS_BUDGET = ReportEmbeds.MESSAGE_MAX - 700;
  private static final int BUTTONS_PER_ROW = 5;

  static final String USAGE = String.join("\n",
      "`/influx-check diagnose [datasource]` diagnose one data source (the channel's default when left out)",
      "`/influx-check all` diagnose every data source",
      "`/influx-check retest [datasource]` re-run Grafana's health check",
      "`/influx-check list` list the data sources",
      "`/influx-check runbook [code]` the on-call runbook, or one finding's entry",
      "`/influx-check help` this help",
      "",
      "The data-source option completes the names the bot knows. Buttons on a report re-test it through "
          + "Grafana or diagnose it again, in place.");

  MessageEmbed summary(List<Report> reports) {
    long unhealthy = reports.stream().filter(r -> r.verdict() == Verdict.UNHEALTHY).count();
    long inconclusive = reports.stream().filter(r -> r.verdict() == Verdict.INCONCLUSIVE).count();
    Verdict worst = unhealthy > 0 ? Verdict.UNHEALTHY : inconclusive > 0 ? Verdict.INCONCLUSIVE : Verdict.HEALTHY;
    EmbedBuilder embed = new EmbedBuilder()
        .setColor(reports.isEmpty() ? Icons.BLURPLE : Icons.colour(worst))
        .setTitle(reports.size() + " data source" + (reports.size() == 1 ? "" : "s") + ": " + unhealthy + " unhealthy, "
            + inconclusive + " inconclusive");
    if (reports.isEmpty()) {
      embed.setDescription("No data sources are configured or discovered. See `/influx-check help`.");
    }
    List<String[]> items = new ArrayList<>();
    for (Report report : reports) {
      items.add(new String[] {
          Icons.verdict(report.verdict()) + " " + report.datasource().name(), summaryLine(report)});
    }
    addItems(embed, items, "data sources", "`/influx-check diagnose datasource:NAME` shows one in full.");
    return embed.build();
  }

  MessageEmbed dataSources(List<DataSourceEntry> entries) {
    EmbedBuilder embed = new EmbedBuilder()
        .setColor(Icons.BLURPLE)
        .setTitle("Data sources (" + entries.size() + ")");
    if (entries.isEmpty()) {
      embed.setDescription("No data sources are configured or discovered yet. Check the `grafana:` and "
          + "`datasources:` sections of the bot's configuration.");
    }
    List<String[]> items = new ArrayList<>();
    for (DataSourceEntry entry : entries) {
      DataSourceRef ds = entry.ref();
      List<String> facts = new ArrayList<>();
      if (!ds.uid().isEmpty()) {
        facts.add("uid " + Text.code(ds.uid()));
      }
      facts.add(ds.queryLanguage().grafanaName());
      if (!ds.url().isEmpty()) {
        facts.add(Text.code(ds.url()));
      }
      if (!entry.foundIn().isEmpty()) {
        facts.add("from " + Text.plain(entry.foundIn()));
      }
      items.add(new String[] {ds.name(), String.join(" · ", facts)});
    }
    addItems(embed, items, "data sources", "`/influx-check diagnose datasource:` completes every name.");
    return embed.build();
  }

  /** One Diagnose button per listed data source, as many as Discord allows (5 rows of 5). */
  List<ActionRow> diagnoseButtons(List<DataSourceEntry> entries) {
    List<Button> buttons = new ArrayList<>();
    for (DataSourceEntry entry : entries) {
      if (buttons.size() == Message.MAX_COMPONENT_COUNT * BUTTONS_PER_ROW || buttons.size() == ITEM_FIELDS) {
        break;
      }
      ButtonAction.diagnose(entry.ref().key()).customId()
          .ifPresent(id -> buttons.add(Button.secondary(id, Text.cut("Diagnose " + entry.ref().name(), Button.LABEL_MAX_LENGTH))));
    }
    List<ActionRow> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
      rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))));
    }
    return rows;
  }

  MessageEmbed runbook(List<RunbookEntry> entries) {
    EmbedBuilder embed = new EmbedBuilder().setColor(Icons.BLURPLE);
    if (entries.size() == 1) {
      RunbookEntry entry = entries.get(0);
      embed.setTitle(Text.cut("📖 " + entry.code().name() + " · " + entry.code().summary(), MessageEmbed.TITLE_MAX_LENGTH))
          .setDescription(Text.cut(Text.plain(entry.meaning()), 1500));
      String confirm = Text.block("sh", entry.confirmByHand(), MessageEmbed.VALUE_MAX_LENGTH);
      if (!confirm.isEmpty()) {
        embed.addField("Confirm by hand", confirm, false);
      }
      if (!entry.fix().isBlank()) {
        embed.addField("Fix", Text.cut(Text.plain(entry.fix()), MessageEmbed.VALUE_MAX_LENGTH), false);
      }
      return embed.build();
    }
    embed.setTitle("📖 Runbook (" + entries.size() + " findings)");
    List<String[]> items = new ArrayList<>();
    for (RunbookEntry entry : entries) {
      items.add(new String[] {entry.code().name(), Text.cut(Text.plain(entry.meaning()), 200)});
    }
    addItems(embed, items, "entries", "`/influx-check runbook code:CODE` shows one entry in full.");
    return embed.build();
  }

  MessageEmbed help() {
    return new EmbedBuilder()
        .setColor(Icons.BLURPLE)
        .setTitle("influx-check: why does Grafana's InfluxDB data source say 401?")
        .setDescription(USAGE)
        .build();
  }

  private static String summaryLine(Report report) {
    List<Finding> errors = new ArrayList<>(report.findings(Severity.ERROR));
    errors.addAll(report.findings(Severity.WARN));
    String head = errors.isEmpty()
        ? (report.verdict() == Verdict.HEALTHY ? "All checks passed" : "No conclusion")
        : errors.get(0).code().name() + " · " + Text.plain(errors.get(0).title());
    String more = errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : "";
    return Text.cut(head, 400) + more;
  }

  /** Adds name/value fields while they fit, then one field counting the rest. */
  private static void addItems(EmbedBuilder embed, List<String[]> items, String noun, String hint) {
    int used = embed.length();
    int drawn = 0;
    for (String[] item : items) {
      String name = Text.cut(item[0], MessageEmbed.TITLE_MAX_LENGTH);
      String value = Text.cut(item[1].isBlank() ? "—" : item[1], MessageEmbed.VALUE_MAX_LENGTH);
      if (drawn == ITEM_FIELDS || used + name.length() + value.length() > ITEMS_BUDGET) {
        break;
      }
      embed.addField(name, value, false);
      used += name.length() + value.length();
      drawn++;
    }
    if (drawn < items.size()) {
      embed.addField("➕ " + (items.size() - drawn) + " more " + noun + " not shown",
          "Discord allows 25 fields and 6000 characters per message. " + hint, false);
    }
  }
}
