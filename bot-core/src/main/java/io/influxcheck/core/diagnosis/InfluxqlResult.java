package io.influxcheck.core.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code /query} answer: {@code {"results":[{"statement_id":0,"series":[…]}]}} with an optional
 * per-statement {@code error} (InfluxDB answers statement errors such as {@code database not found} with 200).
 */
final class InfluxqlResult {
  private final List<String> values;
  private final String error;

  private InfluxqlResult(List<String> values, String error) {
    this.values = List.copyOf(values);
    this.error = error;
  }

  /** Parses the body, or returns empty when it is not a {@code results} document. */
  static Optional<InfluxqlResult> parse(String body) {
    JsonNode root = Json.object(body);
    if (root == null || !root.path("results").isArray()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    String error = "";
    for (JsonNode result : root.path("results")) {
      if (result.hasNonNull("error") && error.isEmpty()) {
        error = result.path("error").asText();
      }
      for (JsonNode series : result.path("series")) {
        for (JsonNode value : series.path("values")) {
          values.add(value.path(0).asText(value.toString()));
        }
      }
    }
    return Optional.of(new InfluxqlResult(values, error));
  }

  /** The first column of every row of every series, e.g. measurement or database names. */
  List<String> values() {
    return values;
  }

  /** The first statement error, empty when none. */
  String error() {
    return error;
  }
}
