package io.influxcheck.discord;

import java.util.Objects;

/**
 * How the bot answers in one Discord channel.
 *
 * @param reply public (default) or ephemeral answers; bad-input answers are always ephemeral
 * @param defaultDataSource what {@code /influx-check diagnose} and {@code retest} use when no data
 *     source is given; empty for none
 */
public record ChannelSettings(ReplyStyle reply, String defaultDataSource) {
  public static final ChannelSettings DEFAULT = new ChannelSettings(ReplyStyle.PUBLIC, "");

  public ChannelSettings {
    Objects.requireNonNull(reply, "reply is null");
    defaultDataSource = defaultDataSource == null ? "" : defaultDataSource.strip();
  }
}
