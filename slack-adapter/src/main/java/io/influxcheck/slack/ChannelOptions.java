package io.influxcheck.slack;

import java.util.Objects;

/**
 * How the bot answers in one channel.
 *
 * @param replyStyle channel, thread or ephemeral
 * @param defaultDataSource what {@code /influx-check} with no argument diagnoses here; empty to list the data sources
 */
public record ChannelOptions(ReplyStyle replyStyle, String defaultDataSource) {
  public static final ChannelOptions DEFAULT = new ChannelOptions(ReplyStyle.CHANNEL, "");

  public ChannelOptions {
    Objects.requireNonNull(replyStyle, "replyStyle is null");
    defaultDataSource = defaultDataSource == null ? "" : defaultDataSource.strip();
  }

  public boolean hasDefaultDataSource() {
    return !defaultDataSource.isEmpty();
  }
}
