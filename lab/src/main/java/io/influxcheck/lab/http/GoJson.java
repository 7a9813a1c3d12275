package io.influxcheck.lab.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON exactly as Go's {@code encoding/json} writes it: {@link #compact} like {@code json.Marshal},
 * {@link #tabs} like {@code json.MarshalIndent(v, "", "\t")} (empty arrays and objects stay {@code []} and
 * {@code {}}), and Go's escaping of {@code <}, {@code >}, {@code &}, U+2028 and U+2029. Key order is the
 * insertion order of the {@link ObjectNode}, so callers reproduce Go's struct field order.
 */
public final class GoJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoJson() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * {@code json.Marshal} of a value built from maps, lists, strings, numbers, booleans and null. Key order is
   * the map's iteration order: a {@code LinkedHashMap} for a Go struct (field order), a {@code TreeMap} for a
   * Go map (Go sorts map keys).
   */
  public static String marshal(Object value) {
    return compact(MAPPER.valueToTree(value));
  }

  public static String compact(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out, null, 0);
    return out.toString();
  }

  public static String tabs(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out, "\t", 0);
    return out.toString();
  }

  /** {@code "..."} with Go's escaping. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    appendQuoted(s, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out, String indent, int depth) {
    if (node == null || node.isNull()) {
      out.append("null");
    } else if (node.isObject()) {
      writeObject(node, out, indent, depth);
    } else if (node.isArray()) {
      writeArray(node, out, indent, depth);
    } else if (node.isTextual()) {
      appendQuoted(node.textValue(), out);
    } else if (node.isFloatingPointNumber()) {
      out.append(goFloat(node.doubleValue()));
    } else {
      out.append(node.asText());
    }
  }

  /** A float64 as Go's encoder prints it: {@code 1} not {@code 1.0}, plain notation between 1e-6 and 1e21. */
  public static String goFloat(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("Go's encoder rejects " + d);
    }
    double abs = Math.abs(d);
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toString().replace("E+", "e+").replace("E-", "e-");
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void writeObject(JsonNode node, StringBuilder out, String indent, int depth) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    boolean first = true;
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!first) {
        out.append(',');
      }
      first = false;
      newline(out, indent, depth + 1);
      appendQuoted(field.getKey(), out);
      out.append(indent == null ? ":" : ": ");
      write(field.getValue(), out, indent, depth + 1);
    }
    newline(out, indent, depth);
    out.append('}');
  }

  private static void writeArray(JsonNode node, StringBuilder out, String indent, int depth) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < node.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      newline(out, indent, depth + 1);
      write(node.get(i), out, indent, depth + 1);
    }
    newline(out, indent, depth);
    out.append(']');
  }

  private static void newline(StringBuilder out, String indent, int depth) {
    if (indent != null) {
      out.append('\n');
      out.append(indent.repeat(depth));
    }
  }

  private static void appendQuoted(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
