package io.influxcheck.discord;

import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/** Cutting and escaping text for Discord's markdown, so nothing a server or user wrote breaks a message. */
final class Text {
  static final String ELLIPSIS = "…";

  private Text() { }

  /** {@code text} cut to at most {@code max} characters, ending in an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= 0) {
      return "";
    }
    int end = max - ELLIPSIS.length();
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, Math.max(0, end)) + ELLIPSIS;
  }

  /** Escapes markdown in a name or message so it shows as written. */
  static String plain(String text) {
    return MarkdownSanitizer.escape(text);
  }

  /** An inline code span; backticks and line breaks inside are replaced so the span cannot break out. */
  static String code(String text) {
    String safe = text.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
    return "`" + (safe.isBlank() ? " " : safe) + "`";
  }

  /** A fenced code block, its content cut so the whole block fits in {@code max} characters; empty when it cannot. */
  static String block(String language, String content, int max) {
    String open = "```" + language + "\n";
    String close = "\n```";
    int room = max - open.length() - close.length();
    if (room < 8 || content.isBlank()) {
      return "";
    }
    String safe = content.strip().replace("```", "`\u200b``");
    return open + cut(safe, room) + close;
  }
}
