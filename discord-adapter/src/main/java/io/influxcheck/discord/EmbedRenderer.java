package io.influxcheck.discord;

import io.influxcheck.core.command.Reply;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.Report;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Draws the core's neutral {@link Reply} as Discord messages: embeds and buttons built with JDA's
 * builders, already cut to Discord's limits. Every message replaces the whole previous one (content,
 * embeds, buttons), mentions nobody, and carries no secret: the reports only hold fingerprints.
 */
public final class EmbedRenderer {
  private final ReportEmbeds reports;
  private final ListEmbeds lists;

  public EmbedRenderer(String runbookUrl) {
    RunbookLinks links = new RunbookLinks(runbookUrl);
    this.reports = new ReportEmbeds(links);
    this.lists = new ListEmbeds();
  }

  /** The final answer to a command. */
  public MessageEditData render(Reply reply) {
    if (reply instanceof Reply.ReportReply) {
      return report(((Reply.ReportReply) reply).report());
    }
    if (reply instanceof Reply.SummaryReply) {
      return message("", List.of(lists.summary(((Reply.SummaryReply) reply).reports())), List.of());
    }
    if (reply instanceof Reply.RetestReply) {
      return RetestEmbeds.message(((Reply.RetestReply) reply).result(), null, "", List.of());
    }
    if (reply instanceof Reply.DataSourceList) {
      Reply.DataSourceList list = (Reply.DataSourceList) reply;
      return message("", List.of(lists.dataSources(list.entries())), lists.diagnoseButtons(list.entries()));
    }
    if (reply instanceof Reply.RunbookReply) {
      return message("", List.of(lists.runbook(((Reply.RunbookReply) reply).entries())), List.of());
    }
    if (reply instanceof Reply.HelpReply) {
      return message("", List.of(lists.help()), List.of());
    }
    return usageError((Reply.UsageError) reply);
  }

  public MessageEditData report(Report report) {
    return message("", List.of(reports.embed(report)),
        ReportEmbeds.buttons(report.datasource(), ReportEmbeds.shownHealth(report)));
  }

  /** The live checklist while the probes run. */
  public MessageEditData checklist(Checklist checklist) {
    String name = checklist.title().isBlank() ? "" : " " + checklist.title();
    EmbedBuilder embed = new EmbedBuilder()
        .setColor(Icons.BLURPLE)
        .setTitle(Text.cut("🔎 Diagnosing" + name + "…", MessageEmbed.TITLE_MAX_LENGTH));
    String lines = ReportEmbeds.checklistLines(checklist, 3000);
    embed.setDescription(lines.isEmpty() ? "Starting the checks…" : lines);
    return message("", List.of(embed.build()), List.of());
  }

  /** Shown only to the person who asked: what was wrong with the request, and close matches. */
  public MessageEditData usageError(Reply.UsageError error) {
    return message(usageText(error), List.of(), List.of());
  }

  /** The text of a usage error, for an ephemeral follow-up. */
  public String usageText(Reply.UsageError error) {
    StringBuilder text = new StringBuilder("⚠️ ").append(error.message());
    if (!error.suggestions().isEmpty()) {
      text.append("\nDid you mean: ");
      text.append(String.join(", ", error.suggestions().stream().map(Text::code).toList()));
      text.append('?');
    }
    text.append("\nSee `/influx-check help`.");
    return Text.cut(text.toString(), Message.MAX_CONTENT_LENGTH);
  }

  /** A request failed inside the bot; the reference lets an operator find the log entry. */
  public String internalErrorText(String reference) {
    return "❌ influx-check failed to answer this request (reference `" + reference + "`). "
        + "Try again; if it keeps failing, the bot's log has the details under that reference.";
  }

  static MessageEditData message(String content, List<MessageEmbed> embeds, List<ActionRow> rows) {
    return new MessageEditBuilder()
        .setReplace(true)
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(rows)
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .mentionRepliedUser(false)
        .build();
  }
}
