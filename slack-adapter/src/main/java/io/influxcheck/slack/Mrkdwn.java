package io.influxcheck.slack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Slack mrkdwn helpers: escaping, code blocks that survive truncation, dates. */
final class Mrkdwn {
  static final String ELLIPSIS = "…";
  private static final DateTimeFormatter FALLBACK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Mrkdwn() { }

  /**
   * Escapes the three characters Slack treats as control characters in mrkdwn, and breaks up
   * triple backticks so text from a server cannot open a code block that swallows the message.
   */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("```", "`\u200b`\u200b`");
  }

  /** At most {@code max} characters; a cut text ends with an ellipsis. */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = Math.max(0, max - ELLIPSIS.length());
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + ELLIPSIS;
  }

  /** Escaped and cut to {@code max} characters of the original text. */
  static String escapeFit(String text, int max) {
    return escape(fit(text, max));
  }

  /** A fenced code block of at most {@code maxContent} characters of content; the fence always closes. */
  static String codeBlock(String content, int maxContent) {
    String body = fit(content.strip(), maxContent);
    return "```" + escape(body) + "```";
  }

  /** Inline code; backticks inside are replaced so the span cannot break. */
  static String code(String content, int max) {
    return "`" + escape(fit(content, max).replace('`', '\'')) + "`";
  }

  /** A date Slack shows in each reader's time zone, with a UTC fallback. */
  static String date(Instant at) {
    return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + FALLBACK_TIME.format(at) + ">";
  }

  static String user(String userId) {
    return userId.isEmpty() ? "someone" : "<@" + userId + ">";
  }
}
