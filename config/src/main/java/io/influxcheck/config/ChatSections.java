package io.influxcheck.config;

import io.influxcheck.config.yaml.YamlNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Binds the {@code slack} and {@code discord} sections. */
final class ChatSections {
  static final List<String> SLACK_KEYS = List.of("botToken", "appToken", "signingSecret", "mode", "port", "path",
      "apiUrl", "channels", "defaultReply");
  static final List<String> DISCORD_KEYS =
      List.of("token", "guilds", "apiUrl", "gatewayUrl", "channels", "defaultReply");
  static final List<String> CHANNEL_KEYS = List.of("reply", "defaultDatasource");
  private static final Pattern SLACK_CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{6,}");
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,21}");

  private final Binding binding;

  ChatSections(Binding binding) {
    this.binding = binding;
  }

  Optional<SlackSettings> slack(Fields f) {
    SlackSettings.Mode mode = f.enumValue("mode", SlackSettings.Mode.class, SlackSettings.Mode.SOCKET);
    Optional<Secret> botToken = f.requiredSecret("botToken");
    botToken.ifPresent(t -> expectPrefix(f, "botToken", t, "xoxb-", "a bot token"));
    Optional<Secret> appToken = mode == SlackSettings.Mode.SOCKET ? f.requiredSecret("appToken") : f.secret("appToken");
    appToken.filter(t -> !t.isEmpty()).ifPresent(t -> expectPrefix(f, "appToken", t, "xapp-", "an app-level token"));
    Optional<Secret> signingSecret =
        mode == SlackSettings.Mode.HTTP ? f.requiredSecret("signingSecret") : f.secret("signingSecret");
    int port = f.integer("port", 0, 65535).map(Long::intValue).orElse(3000);
    String path = f.string("path").orElse("/slack/events");
    if (!path.startsWith("/")) {
      binding.problem(f.lineOf("path"), f.keyPath("path"), "expected a request path starting with /, like /slack/events");
    }
    URI apiUrl = f.url("apiUrl", "http", "https://slack.com/api/", true).orElse(SlackSettings.DEFAULT_API_URL);
    SlackReply defaultReply = f.enumValue("defaultReply", SlackReply.class, SlackReply.CHANNEL);
    Map<String, ChatChannel<SlackReply>> channels = channels(f, SlackReply.class, defaultReply,
        SLACK_CHANNEL_ID, "a Slack channel id like C0123ABCDEF (from the channel's details), not its #name");
    if (botToken.isEmpty() || appToken.isEmpty() || signingSecret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SlackSettings(botToken.get(), appToken.get(), signingSecret.get(), mode, port, path,
        apiUrl, channels, defaultReply));
  }

  Optional<DiscordSettings> discord(Fields f) {
    Optional<Secret> token = f.requiredSecret("token");
    List<String> guilds = new ArrayList<>();
    List<YamlNode> items = f.list("guilds", "a list of guild (server) ids");
    for (int i = 0; i < items.size(); i++) {
      String path = f.keyPath("guilds") + "[" + i + "]";
      YamlNode item = items.get(i);
      binding.text(item, path, "a guild id like 123456789012345678").ifPresent(id -> {
        if (SNOWFLAKE.matcher(id).matches()) {
          guilds.add(id);
        } else {
          binding.problem(item.line(), path, "expected a guild id like 123456789012345678 (Developer Mode:"
              + " right-click the server, Copy Server ID), found " + Binding.echo(id));
        }
      });
    }
    URI apiUrl = f.url("apiUrl", "http", "https://discord.com/api/v10/", true)
        .orElse(DiscordSettings.DEFAULT_API_URL);
    URI gatewayUrl = f.url("gatewayUrl", "ws", "wss://gateway.discord.gg/", false)
        .orElse(DiscordSettings.DEFAULT_GATEWAY_URL);
    DiscordReply defaultReply = f.enumValue("defaultReply", DiscordReply.class, DiscordReply.PUBLIC);
    Map<String, ChatChannel<DiscordReply>> channels = channels(f, DiscordReply.class, defaultReply,
        SNOWFLAKE, "a Discord channel id like 123456789012345678 (Developer Mode: right-click, Copy Channel ID)");
    return token.map(t -> new DiscordSettings(t, guilds, apiUrl, gatewayUrl, channels, defaultReply));
  }

  private <R extends Enum<R>> Map<String, ChatChannel<R>> channels(
      Fields f, Class<R> replyType, R defaultReply, Pattern idPattern, String expectedId) {
    Map<String, ChatChannel<R>> channels = new LinkedHashMap<>();
    Optional<YamlNode.Mapping> mapping = f.mapping("channels", "a mapping of channel id to {reply, defaultDatasource}");
    for (YamlNode.Entry entry : mapping.map(YamlNode.Mapping::entries).orElse(List.of())) {
      String path = f.keyPath("channels") + "." + entry.key();
      if (!idPattern.matcher(entry.key()).matches()) {
        binding.problem(entry.keyLine(), path, "expected " + expectedId);
        continue;
      }
      YamlNode value = entry.value();
      if (value instanceof YamlNode.Scalar scalar && scalar.isNull()) {
        channels.put(entry.key(), new ChatChannel<>(defaultReply, Optional.empty()));
        continue;
      }
      binding.mapping(value, path, "a mapping with reply and defaultDatasource")
          .map(m -> new Fields(binding, m, path, CHANNEL_KEYS))
          .ifPresent(c -> channels.put(entry.key(),
              new ChatChannel<>(c.enumValue("reply", replyType, defaultReply), c.string("defaultDatasource"))));
    }
    return channels;
  }

  private void expectPrefix(Fields f, String key, Secret secret, String prefix, String kind) {
    String value = secret.reveal();
    if (value.startsWith(prefix)) {
      return;
    }
    String found = value.startsWith("xapp-") ? "an app-level token (xapp-...)"
        : value.startsWith("xoxb-") ? "a bot token (xoxb-...)"
        : value.startsWith("xoxp-") ? "a user token (xoxp-...)"
        : "a value that does not start with " + prefix;
    binding.problem(f.lineOf(key), f.keyPath(key), "expected " + kind + " (" + prefix + "...), but "
        + secret.source() + " holds " + found);
  }
}
