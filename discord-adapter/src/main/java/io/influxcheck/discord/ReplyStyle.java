package io.influxcheck.discord;

import java.util.Locale;
import java.util.Optional;

/** Whether the bot's answers in a channel are seen by everyone or only by the person who asked. */
public enum ReplyStyle {
  PUBLIC,
  EPHEMERAL;

  /** Parses {@code public} or {@code ephemeral}, case-insensitively. */
  public static Optional<ReplyStyle> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalized = text.trim().toUpperCase(Locale.ROOT);
    for (ReplyStyle style : values()) {
      if (style.name().equals(normalized)) {
        return Optional.of(style);
      }
    }
    return Optional.empty();
  }
}
