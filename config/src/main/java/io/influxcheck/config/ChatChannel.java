package io.influxcheck.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one Slack or Discord channel.
 *
 * @param reply how to answer there ({@link SlackReply} or {@link DiscordReply})
 * @param defaultDatasource the data source a bare command diagnoses
 */
public record ChatChannel<R extends Enum<R>>(R reply, Optional<String> defaultDatasource) {
  public ChatChannel {
    Objects.requireNonNull(reply, "reply is null");
    Objects.requireNonNull(defaultDatasource, "defaultDatasource is null");
  }
}
