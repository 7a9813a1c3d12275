package io.influxcheck.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Discord bot ({@code discord:} section).
 *
 * @param token the bot token
 * @param guilds guild (server) ids to register the command in; empty registers it globally
 * @param apiUrl REST base URL, ending in {@code /}
 * @param gatewayUrl WebSocket gateway URL
 * @param channels per-channel settings by channel id
 * @param defaultReply how to answer in channels not listed
 */
public record DiscordSettings(
    Secret token,
    List<String> guilds,
    URI apiUrl,
    URI gatewayUrl,
    Map<String, ChatChannel<DiscordReply>> channels,
    DiscordReply defaultReply) {

  /** JDA's default REST base URL (API version 10). */
  public static final URI DEFAULT_API_URL = URI.create("https://discord.com/api/v10/");
  /** JDA's default gateway when it runs without a shard manager. */
  public static final URI DEFAULT_GATEWAY_URL = URI.create("wss://gateway.discord.gg/");

  public DiscordSettings {
    Objects.requireNonNull(token, "token is null");
    guilds = List.copyOf(guilds);
    Objects.requireNonNull(apiUrl, "apiUrl is null");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl is null");
    channels = Map.copyOf(channels);
    Objects.requireNonNull(defaultReply, "defaultReply is null");
  }

  /** The settings of a channel; an unlisted channel gets {@link #defaultReply()} and no default data source. */
  public ChatChannel<DiscordReply> channel(String channelId) {
    return channels.getOrDefault(channelId, new ChatChannel<>(defaultReply, Optional.empty()));
  }
}
