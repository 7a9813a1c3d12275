package io.influxcheck.slack;

import static com.slack.api.model.block.Blocks.actions;

import com.slack.api.model.block.LayoutBlock;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A re-test result in Block Kit: before and now side by side, who re-tested and when, and the buttons again. */
final class RetestBlocks {
  private static final int MESSAGE_BUDGET = 1200;

  private final ReportBlocks reportBlocks;

  RetestBlocks(ReportBlocks reportBlocks) {
    this.reportBlocks = reportBlocks;
  }

  /**
   * @param before what the message showed before the click (from the button), else {@code result.previous()}
   * @param userId the Slack user who clicked or typed the command
   */
  SlackMessage render(RetestResult result, Optional<RetestButton> before, String userId) {
    DataSourceRef ds = result.datasource();
    HealthSnapshot now = result.current();
    Optional<RetestButton> shownBefore = before.isPresent() ? before
        : Optional.ofNullable(result.previous()).map(p -> new RetestButton(ds.key(), ds.name(), "GRAFANA_" + p.status().name(),
            p.message(), p.at().getEpochSecond()));
    String outcome = outcome(now.status(), shownBefore);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockLimits.header(Glyphs.of(now.status()) + " Re-test: " + outcome + ": " + ds.name()));
    blocks.add(BlockLimits.fields(List.of(
        "*Before*\n" + shownBefore.map(RetestBlocks::describe).orElse("_not known_"),
        "*Now* (Grafana health check)\n" + Glyphs.of(now.status()) + " " + Glyphs.word(now.status()).toUpperCase(Locale.ROOT)
            + " at " + Mrkdwn.date(now.at()) + (now.message().isEmpty() ? "" : "\n" + Mrkdwn.escapeFit(now.message(), MESSAGE_BUDGET)))));
    if (now.cause() != null) {
      blocks.add(BlockLimits.section(Glyphs.of(now.status()) + " Classified as `" + now.cause().name() + "`: "
          + Mrkdwn.escape(now.cause().summary()) + "\n" + reportBlocks.runbookLink(now.cause().anchor())));
    }
    blocks.add(BlockLimits.context(":repeat: Re-tested by " + Mrkdwn.user(userId) + " at " + Mrkdwn.date(now.at())
        + " · Grafana answered in " + result.durationMs() + " ms"));
    blocks.add(actions(ReportBlocks.buttons(ds, RetestButton.after(result))));
    String text = "Re-test of " + ds.name() + ": Grafana health " + Glyphs.word(now.status())
        + (now.message().isEmpty() ? "" : " (" + now.message() + ")");
    return SlackMessage.of(Mrkdwn.fit(text, BlockLimits.MAX_FALLBACK_TEXT), blocks);
  }

  private static String outcome(HealthStatus now, Optional<RetestButton> before) {
    boolean wasOk = before.map(b -> b.before().equals("HEALTHY") || b.before().equals("GRAFANA_OK")).orElse(false);
    boolean known = before.map(b -> !b.before().isEmpty()).orElse(false);
    return switch (now) {
      case OK -> known && !wasOk ? "fixed" : "OK";
      case ERROR -> known && wasOk ? "now failing" : "still failing";
      case UNKNOWN -> "no answer from Grafana";
    };
  }

  private static String describe(RetestButton before) {
    String state = switch (before.before()) {
      case "HEALTHY" -> ":white_check_mark: HEALTHY (diagnosis)";
      case "UNHEALTHY" -> ":x: UNHEALTHY (diagnosis)";
      case "INCONCLUSIVE" -> ":grey_question: INCONCLUSIVE (diagnosis)";
      case "GRAFANA_OK" -> ":white_check_mark: OK (Grafana health check)";
      case "GRAFANA_ERROR" -> ":x: FAILING (Grafana health check)";
      case "GRAFANA_UNKNOWN" -> ":grey_question: UNKNOWN (Grafana health check)";
      default -> Mrkdwn.escapeFit(before.before(), 40);
    };
    Instant at = before.observedAt();
    return state + " at " + Mrkdwn.date(at) + (before.detail().isEmpty() ? "" : "\n" + Mrkdwn.escapeFit(before.detail(), MESSAGE_BUDGET));
  }
}
