package io.influxcheck.lab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an InfluxQL {@code /query} response the way Grafana's InfluxQL response parser does: a non-2xx
 * status becomes {@code InfluxDB returned error: <error, else message>} (the {@code message} fallback is
 * Grafana ≥ 11.1), a top-level or statement {@code error} becomes the error itself, series become one
 * frame each (one field per column; {@code time} as a time field).
 */
final class InfluxQlJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private InfluxQlJson() {}

  static QueryOutcome parse(UpstreamReply.Answered reply) {
    JsonNode json = null;
    String jsonError = null;
    try {
      json = readGo(reply.body());
    } catch (GoJsonError e) {
      jsonError = e.getMessage();
    }
    if (reply.status() / 100 != 2) {
      String text = json == null ? "" : json.path("error").asText("");
      if (text.isEmpty() && json != null) {
        text = json.path("message").asText("");
      }
      return new QueryOutcome.ResponseError("InfluxDB returned error: " + text);
    }
    if (jsonError != null) {
      return new QueryOutcome.ResponseError(jsonError);
    }
    if (!json.path("error").asText("").isEmpty()) {
      return new QueryOutcome.ResponseError(json.path("error").asText());
    }
    JsonNode result = json.path("results").path(0);
    if (!result.path("error").asText("").isEmpty()) {
      return new QueryOutcome.ResponseError(result.path("error").asText());
    }
    List<DataFrame> frames = new ArrayList<>();
    for (JsonNode series : result.path("series")) {
      frames.add(frame(series));
    }
    return new QueryOutcome.Frames(frames);
  }

  private static DataFrame frame(JsonNode series) {
    List<DataFrame.Field> fields = new ArrayList<>();
    JsonNode columns = series.path("columns");
    for (int c = 0; c < columns.size(); c++) {
      String name = columns.get(c).asText();
      List<Object> values = new ArrayList<>();
      DataFrame.FieldType type = name.equals("time") ? DataFrame.FieldType.TIME : null;
      for (JsonNode row : series.path("values")) {
        JsonNode cell = row.path(c);
        if (cell.isNumber()) {
          if (name.equals("time")) {
            values.add(cell.asLong());
          } else {
            values.add(cell.asDouble());
          }
          type = type == null ? DataFrame.FieldType.NUMBER : type;
        } else if (cell.isBoolean()) {
          values.add(cell.asBoolean());
          type = type == null ? DataFrame.FieldType.BOOLEAN : type;
        } else if (cell.isNull() || cell.isMissingNode()) {
          values.add(null);
        } else {
          values.add(cell.asText());
          type = type == null ? DataFrame.FieldType.STRING : type;
        }
      }
      fields.add(new DataFrame.Field(name, type == null ? DataFrame.FieldType.STRING : type, values));
    }
    return new DataFrame(series.path("name").asText(""), fields);
  }

  /** Parses JSON, failing with the message Go's {@code json.Decoder} would give. */
  static JsonNode readGo(String body) throws GoJsonError {
    String trimmed = goTrim(body);
    if (trimmed.isEmpty()) {
      throw new GoJsonError("EOF");
    }
    char first = trimmed.charAt(0);
    if ("{[\"-0123456789tfn".indexOf(first) < 0) {
      throw new GoJsonError("invalid character " + quoteChar(first) + " looking for beginning of value");
    }
    try {
      return MAPPER.readTree(trimmed);
    } catch (IOException e) {
      throw new GoJsonError("unexpected EOF");
    }
  }

  /** Go's JSON scanner skips only space, tab, CR and LF (Java's {@code strip()} would also drop e.g. U+001F). */
  private static String goTrim(String body) {
    int start = 0;
    int end = body.length();
    while (start < end && " \t\r\n".indexOf(body.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && " \t\r\n".indexOf(body.charAt(end - 1)) >= 0) {
      end--;
    }
    return body.substring(start, end);
  }

  /** {@code encoding/json}'s {@code quoteChar}: the character in single quotes, escaped like {@code strconv.Quote}. */
  static String quoteChar(char c) {
    switch (c) {
      case '\'': return "'\\''";
      case '"': return "'\"'";
      case '\\': return "'\\\\'";
      case 0x07: return "'\\a'";
      case '\b': return "'\\b'";
      case '\f': return "'\\f'";
      case 0x0b: return "'\\v'";
      default:
        return c < 0x20 || c == 0x7f ? String.format("'\\x%02x'", (int) c) : "'" + c + "'";
    }
  }

  static final class GoJsonError extends Exception {
    private static final long serialVersionUID = 1L;

    GoJsonError(String message) {
      super(message);
    }
  }
}
