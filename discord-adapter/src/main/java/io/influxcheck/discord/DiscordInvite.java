package io.influxcheck.discord;

import io.influxcheck.config.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OAuth2 URL that adds the bot to a server with exactly what it needs: the {@code bot} scope (so
 * it joins the server and its guild commands can be registered) and {@code applications.commands}
 * (for {@code /influx-check}), and no permissions at all, because every answer goes through the
 * interaction's own webhook, which needs none.
 */
public final class DiscordInvite {
  public static final List<String> SCOPES = List.of("bot", "applications.commands");
  public static final long PERMISSIONS = 0;

  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,22}");

  private DiscordInvite() { }

  /**
   * The invite URL; with exactly one guild configured, Discord preselects that server.
   *
   * @throws IllegalArgumentException when the application id is not a Discord id
   */
  public static String url(String applicationId, List<String> guilds) {
    if (!isId(applicationId)) {
      throw new IllegalArgumentException("not a Discord application id: " + applicationId);
    }
    String url = "https://discord.com/oauth2/authorize?client_id=" + applicationId
        + "&scope=" + String.join("+", SCOPES) + "&permissions=" + PERMISSIONS;
    if (guilds.size() == 1 && isId(guilds.get(0))) {
      url += "&guild_id=" + guilds.get(0) + "&disable_guild_select=true";
    }
    return url;
  }

  /**
   * The application id encoded in a bot token: its first dot-separated part is the bot user's id in
   * base64, and a bot user's id is its application's id. Only that public part is decoded.
   */
  public static Optional<String> applicationId(Secret token) {
    String value = token.reveal();
    int dot = value.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      String id = new String(Base64.getUrlDecoder().decode(value.substring(0, dot).replace('+', '-').replace('/', '_')),
          StandardCharsets.US_ASCII);
      return isId(id) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static boolean isId(String text) {
    return text != null && SNOWFLAKE.matcher(text).matches();
  }
}
