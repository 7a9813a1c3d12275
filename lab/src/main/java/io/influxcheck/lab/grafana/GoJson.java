package io.influxcheck.lab.grafana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON written the way Go's {@code encoding/json} writes it: compact, and HTML-safe ({@code <}, {@code >},
 * {@code &}, U+2028, U+2029 escaped as lower-case {@code \u003c}…), which is what Grafana's
 * {@code json.Marshal} sends. Key order is the caller's: use ordered maps for structs (field order) and
 * sorted maps for Go maps (alphabetical).
 */
final class GoJson {
  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  static {
    MAPPER.getFactory().setCharacterEscapes(new GoEscapes());
  }

  private GoJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("simulator built a value Jackson cannot write: " + e.getOriginalMessage(), e);
    }
  }

  private static final class GoEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    GoEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_CUSTOM;
      escapes['>'] = ESCAPE_CUSTOM;
      escapes['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
