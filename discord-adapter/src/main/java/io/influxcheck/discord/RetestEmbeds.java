package io.influxcheck.discord;

import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Draws a re-test through Grafana's health API: before and after side by side, who asked, and the
 * Re-test / Diagnose again buttons (whose ids now carry the new status as the next "before"). When a
 * button was clicked on a report, the report's embeds stay below the re-test while they fit in
 * Discord's 10 embeds and 6000 characters; otherwise the re-test says the earlier report was dropped.
 */
final class RetestEmbeds {
  static final String TITLE_PREFIX = "🔁 Re-test";
  private static final int MESSAGE_FIELD_MAX = 700;
  private static final String DROPPED_NOTE = "\nThe earlier report no longer fits in this message: use **Diagnose again**.";

  private RetestEmbeds() { }

  /**
   * @param shownBefore the status the clicked message showed, used when the core knows no previous result
   * @param requestedBy who asked, as Discord should show it (a mention); empty to use the result's name
   * @param keep embeds of the clicked message to keep below the re-test (an earlier re-test is never kept)
   */
  static MessageEditData message(RetestResult result, HealthStatus shownBefore, String requestedBy, List<MessageEmbed> keep) {
    MessageEmbed first = embed(result, shownBefore, requestedBy, "");
    List<MessageEmbed> embeds = new ArrayList<>();
    int total = first.getLength() + DROPPED_NOTE.length();
    boolean dropped = false;
    for (MessageEmbed embed : keep) {
      if (embed.getTitle() != null && embed.getTitle().startsWith(TITLE_PREFIX)) {
        continue;
      }
      if (embeds.size() + 1 < Message.MAX_EMBED_COUNT && total + embed.getLength() <= ReportEmbeds.MESSAGE_MAX) {
        embeds.add(embed);
        total += embed.getLength();
      } else {
        dropped = true;
      }
    }
    embeds.add(0, dropped ? embed(result, shownBefore, requestedBy, DROPPED_NOTE) : first);
    return EmbedRenderer.message("", embeds, ReportEmbeds.buttons(result.datasource(), result.current().status()));
  }

  private static MessageEmbed embed(RetestResult result, HealthStatus shownBefore, String requestedBy, String note) {
    DataSourceRef ds = result.datasource();
    HealthSnapshot now = result.current();
    HealthStatus before = result.previous() != null ? result.previous().status() : shownBefore;
    String who = requestedBy.isBlank() ? Text.plain(result.requestedBy()) : requestedBy;
    EmbedBuilder embed = new EmbedBuilder()
        .setColor(Icons.colour(now.status()))
        .setTitle(Text.cut(TITLE_PREFIX + " " + ds.name() + ": " + transition(before, now.status()), MessageEmbed.TITLE_MAX_LENGTH),
            Links.isWebUrl(ds.link()) ? ds.link() : null)
        .setDescription("Grafana's health check answered in " + result.durationMs() + " ms"
            + (who.isBlank() ? "." : ", requested by " + who + ".") + note)
        .addField("Before", beforeText(result.previous(), shownBefore), true)
        .addField("After", snapshotText(now), true)
        .setTimestamp(now.at());
    if (now.cause() != null) {
      embed.addField("Cause", Text.cut(now.cause().name() + " · " + now.cause().summary()
          + "\n`/influx-check runbook code:" + now.cause().anchor() + "`", MessageEmbed.VALUE_MAX_LENGTH), false);
    }
    String buttonsNote = ReportEmbeds.buttonsNote(ds);
    String footer = (ds.grafana().isEmpty() ? "" : "Grafana " + ds.grafana() + " · ") + ds.key();
    embed.setFooter(Text.cut(footer, MessageEmbed.TEXT_MAX_LENGTH - buttonsNote.length()) + buttonsNote);
    return embed.build();
  }

  private static String beforeText(HealthSnapshot previous, HealthStatus shownBefore) {
    if (previous != null) {
      return snapshotText(previous);
    }
    if (shownBefore != null) {
      return Icons.health(shownBefore) + "\nas this message showed";
    }
    return "❔ not known";
  }

  private static String snapshotText(HealthSnapshot snapshot) {
    String message = snapshot.message().isBlank() ? "" : "\n" + Text.plain(Text.cut(snapshot.message().strip(), MESSAGE_FIELD_MAX));
    return Text.cut(Icons.health(snapshot.status()) + message + "\n<t:" + snapshot.at().getEpochSecond() + ":R>",
        MessageEmbed.VALUE_MAX_LENGTH);
  }

  static String transition(HealthStatus before, HealthStatus after) {
    if (after == HealthStatus.UNKNOWN) {
      return "could not check";
    }
    if (after == HealthStatus.OK) {
      return before == HealthStatus.ERROR ? "fixed ✅" : before == HealthStatus.OK ? "still OK ✅" : "OK ✅";
    }
    return before == HealthStatus.ERROR ? "still failing ❌" : before == HealthStatus.OK ? "now failing ❌" : "failing ❌";
  }
}
