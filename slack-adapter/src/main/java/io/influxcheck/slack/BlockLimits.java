package io.influxcheck.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.List;

/**
 * Block Kit's size limits (docs.slack.dev/reference/block-kit), and block factories that respect
 * them. Slack rejects a message over any limit; the SDK does not check, so every block the adapter
 * builds goes through here.
 */
final class BlockLimits {
  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION_TEXT = 3000;
  static final int MAX_FIELD_TEXT = 2000;
  static final int MAX_HEADER_TEXT = 150;
  static final int MAX_CONTEXT_TEXT = 3000;
  static final int MAX_BUTTON_VALUE = 2000;
  static final int MAX_BUTTON_TEXT = 75;
  static final int MAX_BUTTON_URL = 3000;
  static final int MAX_FALLBACK_TEXT = 3000;

  private BlockLimits() { }

  static HeaderBlock header(String text) {
    return HeaderBlock.builder().text(plainText(Mrkdwn.fit(text, MAX_HEADER_TEXT), true)).build();
  }

  static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder().text(markdownText(fitMrkdwn(mrkdwn, MAX_SECTION_TEXT))).build();
  }

  static SectionBlock fields(List<String> mrkdwnFields) {
    return SectionBlock.builder()
        .fields(mrkdwnFields.stream().limit(10).<TextObject>map(f -> markdownText(fitMrkdwn(f, MAX_FIELD_TEXT))).toList())
        .build();
  }

  static ContextBlock context(String mrkdwn) {
    return ContextBlock.builder().elements(List.of(markdownText(fitMrkdwn(mrkdwn, MAX_CONTEXT_TEXT)))).build();
  }

  /**
   * Cuts already-escaped mrkdwn to {@code max} characters without leaving an open code fence or a
   * half HTML entity. Callers budget their parts so this is a last guard, rarely used.
   */
  static String fitMrkdwn(String mrkdwn, int max) {
    if (mrkdwn.length() <= max) {
      return mrkdwn;
    }
    String cut = mrkdwn.substring(0, max - 5);
    int amp = cut.lastIndexOf('&');
    if (amp >= 0 && cut.indexOf(';', amp) < 0 && cut.length() - amp < 6) {
      cut = cut.substring(0, amp);
    }
    int fences = (cut.length() - cut.replace("```", "").length()) / 3;
    return fences % 2 == 1 ? cut + Mrkdwn.ELLIPSIS + "```" : cut + Mrkdwn.ELLIPSIS;
  }
}
