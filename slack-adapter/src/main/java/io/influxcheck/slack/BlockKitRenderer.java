package io.influxcheck.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.diagnosis.RunbookEntry;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Draws the core's neutral replies as Slack Block Kit messages. Every message respects Block Kit's
 * limits ({@link BlockLimits}); whatever had to be cut is named in the message.
 */
public final class BlockKitRenderer {
  private static final int LIST_ROOM = BlockLimits.MAX_BLOCKS - 3;

  private final ReportBlocks reports;
  private final RetestBlocks retests;

  /** @param runbookUrl base URL of the runbook ({@code URL#code}); empty to point to {@code /influx-check runbook CODE} */
  public BlockKitRenderer(String runbookUrl) {
    this.reports = new ReportBlocks(runbookUrl == null ? "" : runbookUrl);
    this.retests = new RetestBlocks(reports);
  }

  /** Any reply; {@code userId} is who asked (shown on re-tests), {@code before} the state a Re-test button carried. */
  public SlackMessage render(Reply reply, String userId, Optional<RetestButton> before) {
    if (reply instanceof Reply.ReportReply r) {
      return report(r.report());
    } else if (reply instanceof Reply.SummaryReply s) {
      return summary(s.reports());
    } else if (reply instanceof Reply.RetestReply r) {
      return retests.render(r.result(), before, userId);
    } else if (reply instanceof Reply.DataSourceList l) {
      return dataSourceList(l.entries());
    } else if (reply instanceof Reply.RunbookReply r) {
      return runbook(r.entries());
    } else if (reply instanceof Reply.HelpReply h) {
      return help(h.usage());
    } else if (reply instanceof Reply.UsageError u) {
      return usageError(u.message(), u.suggestions());
    }
    throw new IllegalArgumentException("Unknown reply type " + reply.getClass().getName());
  }

  public SlackMessage report(Report report) {
    return reports.render(report);
  }

  /** The live checklist while checks run: one section per data source being diagnosed. */
  public SlackMessage progress(String what, Collection<Checklist> checklists, String userId) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockLimits.header(":hourglass_flowing_sand: Diagnosing " + what + "…"));
    int room = BlockLimits.MAX_BLOCKS - 3;
    List<Checklist> shown = checklists.stream().limit(room).toList();
    if (shown.isEmpty()) {
      blocks.add(BlockLimits.section(":hourglass_flowing_sand: Starting the checks…"));
    }
    for (Checklist checklist : shown) {
      StringBuilder text = new StringBuilder();
      if (!checklist.title().isEmpty()) {
        text.append('*').append(Mrkdwn.escapeFit(checklist.title(), 200)).append("*\n");
      }
      for (CheckLine line : checklist.lines()) {
        text.append(Glyphs.of(line.status())).append(' ').append(Mrkdwn.escapeFit(line.label(), 100));
        if (!line.detail().isEmpty() && line.status().isDone()) {
          text.append(" — ").append(Mrkdwn.escapeFit(line.detail(), 120));
        }
        text.append('\n');
      }
      blocks.add(BlockLimits.section(text.toString().strip()));
    }
    String more = checklists.size() > room ? " · " + (checklists.size() - room) + " more data sources not shown" : "";
    blocks.add(BlockLimits.context(":hourglass_flowing_sand: Requested by " + Mrkdwn.user(userId)
        + " · checks tick as they finish; this message becomes the report" + more));
    return SlackMessage.of(Mrkdwn.fit("Diagnosing " + what + "…", BlockLimits.MAX_FALLBACK_TEXT), blocks);
  }

  /** {@code /influx-check all}: one line per data source with its verdict, the first problem and a Diagnose button. */
  public SlackMessage summary(List<Report> all) {
    long unhealthy = all.stream().filter(r -> r.verdict() == Verdict.UNHEALTHY).count();
    long inconclusive = all.stream().filter(r -> r.verdict() == Verdict.INCONCLUSIVE).count();
    long healthy = all.size() - unhealthy - inconclusive;
    String title = all.size() + " data source" + (all.size() == 1 ? "" : "s") + ": " + unhealthy + " unhealthy, "
        + inconclusive + " inconclusive, " + healthy + " healthy";
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockLimits.header(title));
    List<Report> shown = all.subList(0, Math.min(LIST_ROOM, all.size()));
    for (Report report : shown) {
      String first = report.findings().stream().filter(f -> f.severity() != Severity.INFO).findFirst()
          .map(f -> Mrkdwn.escapeFit(f.title(), 400) + "  `" + f.code().name() + "`")
          .orElse("every check passed");
      blocks.add(SectionBlock.builder()
          .text(com.slack.api.model.block.composition.BlockCompositions.markdownText(BlockLimits.fitMrkdwn(
              Glyphs.of(report.verdict()) + " *" + Mrkdwn.escapeFit(report.datasource().name(), 300) + "*  "
                  + Glyphs.word(report.verdict()) + "\n" + first, BlockLimits.MAX_SECTION_TEXT)))
          .accessory(ReportBlocks.diagnoseButton(report.datasource(), "Diagnose"))
          .build());
    }
    if (all.size() > shown.size()) {
      blocks.add(BlockLimits.context(":scissors: " + (all.size() - shown.size()) + " more data sources left out to fit Slack;"
          + " `influx-check diagnose --all` in a terminal shows them all."));
    }
    return SlackMessage.of(Mrkdwn.fit(title, BlockLimits.MAX_FALLBACK_TEXT), blocks);
  }

  /** The data sources, each with a Diagnose button. */
  public SlackMessage dataSourceList(List<DataSourceEntry> entries) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockLimits.header("InfluxDB data sources (" + entries.size() + ")"));
    if (entries.isEmpty()) {
      blocks.add(BlockLimits.section("No InfluxDB data sources found. Check the `grafana:` and `datasources:` sections of the bot's configuration."));
    }
    List<DataSourceEntry> shown = entries.subList(0, Math.min(LIST_ROOM, entries.size()));
    for (DataSourceEntry entry : shown) {
      var ds = entry.ref();
      List<String> facts = new ArrayList<>();
      if (!ds.uid().isEmpty()) {
        facts.add("uid " + Mrkdwn.code(ds.uid(), 100));
      }
      if (!ds.url().isEmpty()) {
        facts.add(Mrkdwn.code(ds.url(), 300));
      }
      facts.add(ds.queryLanguage().name());
      if (!entry.foundIn().isEmpty()) {
        facts.add("from " + Mrkdwn.escapeFit(entry.foundIn(), 200));
      }
      blocks.add(SectionBlock.builder()
          .text(com.slack.api.model.block.composition.BlockCompositions.markdownText(BlockLimits.fitMrkdwn(
              "*" + Mrkdwn.escapeFit(ds.name(), 300) + "*\n" + String.join(" · ", facts), BlockLimits.MAX_SECTION_TEXT)))
          .accessory(ReportBlocks.diagnoseButton(ds, "Diagnose"))
          .build());
    }
    if (entries.size() > shown.size()) {
      blocks.add(BlockLimits.context(":scissors: " + (entries.size() - shown.size())
          + " more left out to fit Slack; diagnose one by name: `/influx-check NAME`"));
    }
    return SlackMessage.of("InfluxDB data sources: " + entries.size(), blocks);
  }

  public SlackMessage runbook(List<RunbookEntry> entries) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockLimits.header(entries.size() == 1 ? "Runbook: " + entries.get(0).code().name() : "Runbook"));
    boolean single = entries.size() == 1;
    List<RunbookEntry> shown = entries.subList(0, Math.min(LIST_ROOM, entries.size()));
    for (RunbookEntry entry : shown) {
      StringBuilder text = new StringBuilder();
      text.append("*`").append(entry.code().name()).append("`* ").append(Mrkdwn.escapeFit(entry.meaning(), single ? 1000 : 500));
      if (single && !entry.confirmByHand().isEmpty()) {
        text.append("\n*Confirm by hand*\n").append(Mrkdwn.codeBlock(entry.confirmByHand(), 1000));
      }
      text.append("\n*Fix:* ").append(Mrkdwn.escapeFit(entry.fix(), single ? 800 : 400));
      blocks.add(BlockLimits.section(text.toString()));
    }
    if (entries.size() > shown.size()) {
      blocks.add(BlockLimits.context(":scissors: " + (entries.size() - shown.size())
          + " more entries left out to fit Slack; ask for one: `/influx-check runbook CODE`"));
    }
    return SlackMessage.of("influx-check runbook", blocks);
  }

  public SlackMessage help(String usage) {
    List<LayoutBlock> blocks = List.of(
        BlockLimits.section("*influx-check* finds why Grafana's InfluxDB data source answers `401 unauthorized`.\n"
            + Mrkdwn.codeBlock(usage, 2500)),
        BlockLimits.context("With no argument: this channel's default data source, else the list of data sources."));
    return SlackMessage.of("influx-check usage", blocks).onlyForRequester();
  }

  /** Bad input: the message, the closest matches, and the usage. Only the requester sees it. */
  public SlackMessage usageError(String message, List<String> suggestions) {
    StringBuilder text = new StringBuilder(":warning: ").append(Mrkdwn.escapeFit(message, 1000));
    if (!suggestions.isEmpty()) {
      text.append("\nDid you mean ").append(suggestions.stream().limit(5).map(s -> Mrkdwn.code(s, 200))
          .collect(Collectors.joining(", "))).append('?');
    }
    List<LayoutBlock> blocks = List.of(
        BlockLimits.section(text.toString()),
        BlockLimits.section("*Usage*\n" + Mrkdwn.codeBlock(io.influxcheck.core.command.CommandParser.USAGE, 2500)));
    return SlackMessage.of(Mrkdwn.fit(message, BlockLimits.MAX_FALLBACK_TEXT), blocks).onlyForRequester();
  }

  /** Something on the bot's side failed; the reference lets an operator find the log line. */
  public SlackMessage failure(String what, String reference) {
    List<LayoutBlock> blocks = List.of(BlockLimits.section(":boom: " + Mrkdwn.escapeFit(what, 1000)
        + "\nThe bot's log has the details under reference `" + Mrkdwn.escape(reference) + "`."));
    return SlackMessage.of(Mrkdwn.fit(what, BlockLimits.MAX_FALLBACK_TEXT), blocks);
  }
}
