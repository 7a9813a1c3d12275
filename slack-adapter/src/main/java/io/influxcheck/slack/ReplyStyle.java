package io.influxcheck.slack;

import java.util.Locale;

/** Where the bot's answers go in a channel. Errors about bad input always go only to the requester. */
public enum ReplyStyle {
  /** A message in the channel that everyone sees (the default). */
  CHANNEL,
  /** A short message in the channel, the checklist and report in its thread. */
  THREAD,
  /** Only the person who typed the command sees the answer. */
  EPHEMERAL;

  /** Parses {@code channel}, {@code thread} or {@code ephemeral} (case-insensitive). */
  public static ReplyStyle parse(String text) {
    String normalized = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (ReplyStyle style : values()) {
      if (style.name().equals(normalized)) {
        return style;
      }
    }
    throw new IllegalArgumentException("Unknown reply style '" + text + "': use channel, thread or ephemeral");
  }
}
