package io.influxcheck.slack;

import io.influxcheck.config.ChatChannel;
import io.influxcheck.config.Secret;
import io.influxcheck.config.SlackReply;
import io.influxcheck.config.SlackSettings;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Slack settings pointing at a fake Slack, with canary secrets that must never be posted anywhere. */
final class TestSettings {
  static final String BOT_TOKEN = "xoxb-canary-bot-4f1d9a";
  static final String APP_TOKEN = "xapp-canary-app-77c2e0";
  static final String SIGNING_SECRET = "canary-signing-secret-0b5e";

  private TestSettings() { }

  static SlackSettings socket(String apiUrl, Map<String, ChatChannel<SlackReply>> channels) {
    return new SlackSettings(Secret.of(BOT_TOKEN), Secret.of(APP_TOKEN), Secret.empty(), SlackSettings.Mode.SOCKET, 0,
        "/slack/events", URI.create(apiUrl), channels, SlackReply.CHANNEL);
  }

  static SlackSettings http(String apiUrl) {
    return new SlackSettings(Secret.of(BOT_TOKEN), Secret.empty(), Secret.of(SIGNING_SECRET), SlackSettings.Mode.HTTP, 0,
        "/slack/events", URI.create(apiUrl), Map.of(), SlackReply.CHANNEL);
  }

  static ChatChannel<SlackReply> channel(SlackReply reply, String defaultDataSource) {
    return new ChatChannel<>(reply, defaultDataSource.isEmpty() ? Optional.empty() : Optional.of(defaultDataSource));
  }
}
