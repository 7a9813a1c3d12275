package io.influxcheck.lab.influx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small InfluxQL parser: enough for Grafana's health query, schema queries and plain SELECTs. */
final class InfluxQlParser {
  private static final Pattern SIMPLE_IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern IDENT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|([A-Za-z_][A-Za-z0-9_\\-]*)");
  private static final Pattern ON = Pattern.compile("(?i)\\s+ON\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z_][A-Za-z0-9_\\-]*)");
  private static final Pattern LIMIT = Pattern.compile("(?i)\\bLIMIT\\s+(\\d+)");
  private static final Pattern FROM_SIMPLE = Pattern.compile("(?i)\\s+FROM\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z_][A-Za-z0-9_\\-]*)");
  private static final Pattern SELECT = Pattern.compile("(?is)^SELECT\\s+(.+?)\\s+FROM\\s+((?:\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z0-9_\\-]+|\\.)+)\\s*(.*)$");
  private static final Pattern FUNCTION = Pattern.compile("(?i)^([a-z_]+)\\s*\\(\\s*(.+?)\\s*\\)$");

  /** Thrown for text the simulator cannot parse; the message mimics InfluxDB's {@code error parsing query: ...}. */
  static final class ParseException extends Exception {
    ParseException(String message) {
      super(message);
    }
  }

  private InfluxQlParser() {}

  /** Splits on semicolons outside quotes and parses each statement. */
  static List<InfluxQlStatement> parse(String text) throws ParseException {
    List<InfluxQlStatement> out = new ArrayList<>();
    for (String part : splitStatements(text)) {
      if (!part.isBlank()) {
        out.add(parseOne(part.trim()));
      }
    }
    if (out.isEmpty()) {
      throw new ParseException("error parsing query: found EOF, expected SELECT, DELETE, SHOW, CREATE, DROP, EXPLAIN, GRANT, REVOKE, ALTER, SET, KILL at line 1, char 1");
    }
    return out;
  }

  static InfluxQlStatement parseOne(String s) throws ParseException {
    String upper = s.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (upper.equals("SHOW DATABASES")) {
      return new InfluxQlStatement.ShowDatabases();
    }
    if (upper.startsWith("SHOW MEASUREMENTS")) {
      return new InfluxQlStatement.ShowMeasurements(on(s), limit(s));
    }
    if (upper.startsWith("SHOW RETENTION POLICIES")) {
      return new InfluxQlStatement.ShowRetentionPolicies(on(s));
    }
    if (upper.startsWith("SHOW TAG KEYS") || upper.startsWith("SHOW FIELD KEYS")) {
      Matcher from = FROM_SIMPLE.matcher(s);
      return new InfluxQlStatement.ShowKeys(upper.startsWith("SHOW TAG"), on(s), from.find() ? unquote(from.group(1)) : null);
    }
    if (upper.startsWith("SELECT ")) {
      return select(s);
    }
    if (upper.startsWith("SHOW USERS") || upper.startsWith("CREATE ") || upper.startsWith("DROP ") || upper.startsWith("GRANT ")
        || upper.startsWith("REVOKE ") || upper.startsWith("ALTER ") || upper.startsWith("SET PASSWORD")) {
      return new InfluxQlStatement.AdminOnly(upper);
    }
    String firstWord = s.split("\\s+", 2)[0];
    throw new ParseException("error parsing query: found " + firstWord + ", expected SELECT, DELETE, SHOW, CREATE, DROP, EXPLAIN, GRANT, REVOKE, ALTER, SET, KILL at line 1, char 1");
  }

  private static InfluxQlStatement select(String s) throws ParseException {
    Matcher m = SELECT.matcher(s);
    if (!m.matches()) {
      throw new ParseException("error parsing query: found EOF, expected FROM at line 1, char " + (s.length() + 1));
    }
    List<InfluxQlStatement.Column> columns = new ArrayList<>();
    for (String raw : m.group(1).split(",")) {
      String c = raw.trim();
      Matcher fn = FUNCTION.matcher(c);
      if (fn.matches()) {
        columns.add(new InfluxQlStatement.Column(fn.group(1).toLowerCase(Locale.ROOT), unquote(fn.group(2))));
      } else {
        columns.add(new InfluxQlStatement.Column(null, unquote(c)));
      }
    }
    List<String> source = identParts(m.group(2));
    String db = null;
    String rp = null;
    String measurement;
    if (source.size() == 3) {
      db = source.get(0);
      rp = source.get(1).isEmpty() ? null : source.get(1);
      measurement = source.get(2);
    } else if (source.size() == 2) {
      rp = source.get(0);
      measurement = source.get(1);
    } else {
      measurement = source.get(0);
    }
    String rest = m.group(3).trim();
    Matcher limit = LIMIT.matcher(rest);
    return new InfluxQlStatement.Select(List.copyOf(columns), db, rp, measurement, rest, limit.find() ? Integer.valueOf(limit.group(1)) : null);
  }

  private static List<String> identParts(String source) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static String on(String s) {
    Matcher m = ON.matcher(s);
    return m.find() ? unquote(m.group(1)) : null;
  }

  private static Integer limit(String s) {
    Matcher m = LIMIT.matcher(s);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  static String unquote(String s) {
    Matcher m = IDENT.matcher(s.trim());
    if (m.matches() && m.group(1) != null) {
      return m.group(1).replace("\\\"", "\"");
    }
    return s.trim();
  }

  /** An identifier as InfluxQL prints it: bare when simple, double-quoted otherwise. */
  static String ident(String s) {
    return SIMPLE_IDENT.matcher(s).matches() ? s : "\"" + s.replace("\"", "\\\"") + "\"";
  }

  private static List<String> splitStatements(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ';') {
        out.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    out.add(current.toString());
    return out;
  }
}
