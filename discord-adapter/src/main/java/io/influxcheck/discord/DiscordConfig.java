package io.influxcheck.discord;

import io.influxcheck.config.Secret;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code discord:} section as the adapter uses it.
 *
 * @param token the bot token; revealed only when handed to JDA
 * @param guilds guild (server) ids to register the command in; empty registers it globally
 * @param channels per-channel reply style and default data source, by channel id
 * @param apiUrl Discord's REST base URL ({@link #DEFAULT_API_URL}); tests point it at a fake
 * @param gatewayUrl Discord's gateway URL ({@link #DEFAULT_GATEWAY_URL}); tests point it at a fake
 * @param runbookUrl base URL of the published runbook (anchors are appended), empty to link the
 *     {@code runbook} subcommand instead
 */
public record DiscordConfig(
    Secret token,
    List<String> guilds,
    Map<String, ChannelSettings> channels,
    String apiUrl,
    String gatewayUrl,
    String runbookUrl) {

  public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";
  public static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/";

  public DiscordConfig {
    Objects.requireNonNull(token, "token is null");
    guilds = List.copyOf(guilds);
    channels = Map.copyOf(channels);
    apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
    gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? DEFAULT_GATEWAY_URL : gatewayUrl.strip();
    runbookUrl = runbookUrl == null ? "" : runbookUrl.strip();
  }

  /** Settings with Discord's own URLs, no guilds and no channel overrides. */
  public static DiscordConfig of(Secret token) {
    return new DiscordConfig(token, List.of(), Map.of(), "", "", "");
  }

  public ChannelSettings channel(String channelId) {
    return channels.getOrDefault(channelId, ChannelSettings.DEFAULT);
  }

  public DiscordConfig withUrls(String newApiUrl, String newGatewayUrl) {
    return new DiscordConfig(token, guilds, channels, newApiUrl, newGatewayUrl, runbookUrl);
  }

  public DiscordConfig withGuilds(List<String> newGuilds) {
    return new DiscordConfig(token, newGuilds, channels, apiUrl, gatewayUrl, runbookUrl);
  }

  public DiscordConfig withChannels(Map<String, ChannelSettings> newChannels) {
    return new DiscordConfig(token, guilds, newChannels, apiUrl, gatewayUrl, runbookUrl);
  }

  @Override
  public String toString() {
    return "DiscordConfig[token=" + token.describe() + ", guilds=" + guilds + ", channels=" + channels.keySet()
        + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + "]";
  }
}
