package io.influxcheck.config;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Slack app ({@code slack:} section). Socket Mode needs {@code botToken} and {@code appToken};
 * HTTP mode needs {@code botToken} and {@code signingSecret}; the loader enforces this.
 *
 * @param botToken {@code xoxb-...}
 * @param appToken {@code xapp-...} (Socket Mode); empty in HTTP mode when not given
 * @param signingSecret verifies HTTP requests; empty in Socket Mode when not given
 * @param mode how Slack reaches the bot
 * @param port HTTP mode's listening port (0 picks a free one)
 * @param path HTTP mode's request path
 * @param apiUrl Web API base URL, ending in {@code /}
 * @param channels per-channel settings by channel id
 * @param defaultReply how to answer in channels not listed
 */
public record SlackSettings(
    Secret botToken,
    Secret appToken,
    Secret signingSecret,
    Mode mode,
    int port,
    String path,
    URI apiUrl,
    Map<String, ChatChannel<SlackReply>> channels,
    SlackReply defaultReply) {

  public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

  public SlackSettings {
    Objects.requireNonNull(botToken, "botToken is null");
    Objects.requireNonNull(appToken, "appToken is null");
    Objects.requireNonNull(signingSecret, "signingSecret is null");
    Objects.requireNonNull(mode, "mode is null");
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(apiUrl, "apiUrl is null");
    channels = Map.copyOf(channels);
    Objects.requireNonNull(defaultReply, "defaultReply is null");
  }

  /** The settings of a channel; an unlisted channel gets {@link #defaultReply()} and no default data source. */
  public ChatChannel<SlackReply> channel(String channelId) {
    return channels.getOrDefault(channelId, new ChatChannel<>(defaultReply, Optional.empty()));
  }

  /** How Slack delivers events: a WebSocket the bot opens, or HTTP requests to the bot. */
  public enum Mode { SOCKET, HTTP }
}
