package io.influxcheck.discord;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.buttons.Button;

/** Which URLs Discord accepts in an embed title or a link button (JDA throws on the others). */
final class Links {
  private Links() { }

  static boolean isWebUrl(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://"))
        && url.length() <= 2000 && EmbedBuilder.URL_PATTERN.matcher(url).matches();
  }

  static boolean isButtonUrl(String url) {
    return isWebUrl(url) && url.length() <= Button.URL_MAX_LENGTH;
  }
}
