package io.influxcheck.core.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * An InfluxDB error body: 2.x writes {@code {"code":…,"message":…}}, 1.x and 3.x write
 * {@code {"error":…}}, some answers are plain text. Fields absent from the body are empty.
 *
 * @param json whether the body parsed as a JSON object
 */
record ErrorBody(boolean json, String code, String message, String error, String text) {
  static ErrorBody parse(String body) {
    String text = body == null ? "" : body.strip();
    JsonNode node = Json.object(text);
    if (node == null) {
      return new ErrorBody(false, "", "", "", text);
    }
    return new ErrorBody(true, node.path("code").asText(""), node.path("message").asText(""), node.path("error").asText(""), text);
  }

  /** The human part: the 2.x message, the 1.x/3.x error, else the raw text. */
  String humanText() {
    if (!message.isEmpty()) {
      return message;
    }
    return error.isEmpty() ? text : error;
  }

  boolean says(String fragment) {
    return humanText().toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
  }
}
