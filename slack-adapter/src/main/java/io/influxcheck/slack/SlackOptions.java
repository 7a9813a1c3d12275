package io.influxcheck.slack;

import io.influxcheck.config.Secret;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the Slack adapter needs to run: the tokens, the connection mode and the per-channel behaviour.
 *
 * @param botToken the bot token ({@code xoxb-...}) for the Web API
 * @param appToken the app-level token ({@code xapp-...}) for Socket Mode; unused in HTTP mode
 * @param signingSecret verifies HTTP-mode requests; unused in Socket Mode
 * @param mode Socket Mode (no public URL needed) or HTTP
 * @param port the HTTP-mode port (0 picks a free one)
 * @param path the HTTP-mode request path, e.g. {@code /slack/events}
 * @param apiUrl the Web API base, e.g. {@code https://slack.com/api/} (GovSlack: {@code https://slack-gov.com/api/})
 * @param channels per-channel options keyed by channel id ({@code C0123}) or name ({@code #ops} or {@code ops})
 * @param runbookUrl base URL of the runbook; a finding links to {@code runbookUrl#code}; empty to point to the runbook command
 */
public record SlackOptions(
    Secret botToken,
    Secret appToken,
    Secret signingSecret,
    Mode mode,
    int port,
    String path,
    String apiUrl,
    Map<String, ChannelOptions> channels,
    String runbookUrl) {

  public static final String SLACK_API_URL = "https://slack.com/api/";
  public static final String DEFAULT_PATH = "/slack/events";
  public static final int DEFAULT_PORT = 3000;

  /** How Slack reaches the bot. */
  public enum Mode {
    /** The bot opens a WebSocket to Slack: no public URL needed. */
    SOCKET,
    /** Slack POSTs to the bot's public URL; requests are verified with the signing secret. */
    HTTP;

    public static Mode parse(String text) {
      String normalized = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      return switch (normalized) {
        case "", "socket" -> SOCKET;
        case "http" -> HTTP;
        default -> throw new IllegalArgumentException("Unknown slack.mode '" + text + "': use socket or http");
      };
    }
  }

  public SlackOptions {
    botToken = botToken == null ? Secret.empty() : botToken;
    appToken = appToken == null ? Secret.empty() : appToken;
    signingSecret = signingSecret == null ? Secret.empty() : signingSecret;
    mode = mode == null ? Mode.SOCKET : mode;
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("slack.port must be between 0 and 65535, not " + port);
    }
    path = path == null || path.isBlank() ? DEFAULT_PATH : (path.startsWith("/") ? path : "/" + path);
    apiUrl = normalizeApiUrl(apiUrl);
    channels = Map.copyOf(channels == null ? Map.of() : channels);
    runbookUrl = runbookUrl == null ? "" : runbookUrl.strip();
  }

  /** Socket Mode options with Slack's API and no per-channel settings. */
  public static SlackOptions socketMode(Secret botToken, Secret appToken) {
    return new SlackOptions(botToken, appToken, Secret.empty(), Mode.SOCKET, DEFAULT_PORT, DEFAULT_PATH, SLACK_API_URL, Map.of(), "");
  }

  public SlackOptions withApiUrl(String url) {
    return new SlackOptions(botToken, appToken, signingSecret, mode, port, path, url, channels, runbookUrl);
  }

  public SlackOptions withChannels(Map<String, ChannelOptions> perChannel) {
    return new SlackOptions(botToken, appToken, signingSecret, mode, port, path, apiUrl, perChannel, runbookUrl);
  }

  public SlackOptions withHttpMode(Secret secret, int httpPort, String httpPath) {
    return new SlackOptions(botToken, appToken, secret, Mode.HTTP, httpPort, httpPath, apiUrl, channels, runbookUrl);
  }

  /** The options of a channel, looked up by id, then by name; the defaults when not configured. */
  public ChannelOptions channel(String channelId, String channelName) {
    ChannelOptions byId = channelId == null ? null : channels.get(channelId);
    if (byId != null) {
      return byId;
    }
    if (channelName != null && !channelName.isEmpty()) {
      ChannelOptions byName = channels.get(channelName);
      return byName != null ? byName : channels.getOrDefault("#" + channelName, ChannelOptions.DEFAULT);
    }
    return ChannelOptions.DEFAULT;
  }

  /** Problems that stop the adapter from starting, each naming the key to fix; empty when none. */
  public java.util.List<String> problems() {
    java.util.List<String> problems = new java.util.ArrayList<>();
    if (botToken.isEmpty()) {
      problems.add("slack.botToken is empty: set it to the app's Bot User OAuth Token (xoxb-...), e.g. botToken: ${SLACK_BOT_TOKEN}");
    }
    if (mode == Mode.SOCKET && appToken.isEmpty()) {
      problems.add("slack.appToken is empty: Socket Mode needs an app-level token (xapp-...) with connections:write, e.g. appToken: ${SLACK_APP_TOKEN}");
    }
    if (mode == Mode.HTTP && signingSecret.isEmpty()) {
      problems.add("slack.signingSecret is empty: HTTP mode verifies every request with it, e.g. signingSecret: ${SLACK_SIGNING_SECRET}");
    }
    return problems;
  }

  private static String normalizeApiUrl(String url) {
    String value = url == null || url.isBlank() ? SLACK_API_URL : url.strip();
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("slack.apiUrl is not a URL: " + value, e);
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      throw new IllegalArgumentException("slack.apiUrl must start with https:// (or http:// for a local test server): " + value);
    }
    return value.endsWith("/") ? value : value + "/";
  }

  /** True when the Web API is on this machine (tests, a local relay): no proxy applies. */
  public boolean apiIsLoopback() {
    String host = URI.create(apiUrl).getHost();
    return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1"));
  }

  @Override
  public String toString() {
    return "SlackOptions[mode=" + mode + ", botToken=" + botToken.describe() + ", appToken=" + appToken.describe()
        + ", signingSecret=" + signingSecret.describe() + ", apiUrl=" + apiUrl + ", port=" + port + ", path=" + path
        + ", channels=" + channels + "]";
  }
}
