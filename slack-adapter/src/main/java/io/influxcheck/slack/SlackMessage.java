package io.influxcheck.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A message ready to send: Block Kit blocks and the plain-text fallback Slack shows in notifications.
 *
 * @param ephemeral true when only the requester may see it (usage errors, help)
 */
public record SlackMessage(String text, List<LayoutBlock> blocks, boolean ephemeral) {
  public SlackMessage {
    Objects.requireNonNull(text, "text is null");
    blocks = List.copyOf(blocks);
  }

  public static SlackMessage of(String text, List<LayoutBlock> blocks) {
    return new SlackMessage(text, blocks, false);
  }

  public SlackMessage onlyForRequester() {
    return new SlackMessage(text, blocks, true);
  }
}
