package io.influxcheck.core.diagnosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the annotated CSV of a Flux query (the shape {@code /api/v2/query} returns with the dialect
 * Grafana asks for): {@code #datatype}/{@code #group}/{@code #default} lines, a header line per table,
 * then data rows. An in-band error table (columns {@code error}, {@code reference}) is reported as an error.
 * Fields are split on commas; the names read here (bucket names, IDs) do not contain quoted commas.
 */
final class FluxCsv {
  private final List<Map<String, String>> rows;
  private final String error;

  private FluxCsv(List<Map<String, String>> rows, String error) {
    this.rows = List.copyOf(rows);
    this.error = error;
  }

  /** Parses the body, or returns empty when it is not annotated CSV (e.g. an HTML page). */
  static Optional<FluxCsv> parse(String body) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> header = null;
    String error = "";
    boolean sawAnnotation = false;
    for (String rawLine : body.split("\r?\n")) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        header = null;
        continue;
      }
      if (line.startsWith("#")) {
        sawAnnotation = true;
        header = null;
        continue;
      }
      List<String> fields = Arrays.asList(line.split(",", -1));
      if (header == null) {
        header = fields;
        continue;
      }
      Map<String, String> row = new TreeMap<>();
      for (int i = 0; i < header.size() && i < fields.size(); i++) {
        row.put(header.get(i), unquote(fields.get(i)));
      }
      if (header.contains("error") && header.contains("reference")) {
        error = row.getOrDefault("error", "");
      } else {
        rows.add(row);
      }
    }
    boolean looksLikeCsv = sawAnnotation || body.isBlank() || (header != null && header.contains("result"));
    return looksLikeCsv || !rows.isEmpty() ? Optional.of(new FluxCsv(rows, error)) : Optional.empty();
  }

  private static String unquote(String field) {
    return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"") ? field.substring(1, field.length() - 1) : field;
  }

  List<Map<String, String>> rows() {
    return rows;
  }

  List<String> column(String name) {
    List<String> values = new ArrayList<>();
    for (Map<String, String> row : rows) {
      if (row.containsKey(name)) {
        values.add(row.get(name));
      }
    }
    return values;
  }

  /** The in-band error text, empty when there is none. */
  String error() {
    return error;
  }
}
