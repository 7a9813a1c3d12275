package io.influxcheck.lab.influx;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulator understands of a Flux script: the source ({@code buckets()}, {@code from(bucket:)},
 * {@code schema.measurements(bucket:)}), {@code range}, equality filters on {@code r.<column>} (values of one
 * column are OR-ed, columns AND-ed), regex filters on {@code r.name}, {@code limit(n:)} and {@code yield(name:)}.
 * Other functions pass rows through unchanged.
 */
record FluxScript(Source source, List<String> bucketsReferenced, Instant start, Instant stop, Map<String, Set<String>> equals,
    List<NameRegex> nameRegexes, Integer limit, String resultName) {

  enum Source { BUCKETS, FROM, SCHEMA_MEASUREMENTS, NONE }

  record NameRegex(Pattern pattern, boolean negated) {}

  private static final Pattern FROM = Pattern.compile("\\bfrom\\s*\\(\\s*bucket\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern SCHEMA = Pattern.compile("\\bschema\\.measurements\\s*\\(\\s*bucket\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern BUCKETS = Pattern.compile("(?<![\\w.])buckets\\s*\\(\\s*\\)");
  private static final Pattern RANGE = Pattern.compile("\\brange\\s*\\(([^)]*)\\)");
  private static final Pattern ARG = Pattern.compile("(start|stop)\\s*:\\s*([^,)]+)");
  private static final Pattern EQ = Pattern.compile("r(?:\\.([A-Za-z_][A-Za-z0-9_]*)|\\[\"([^\"]+)\"\\])\\s*==\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern NAME_RE = Pattern.compile("r(?:\\.name|\\[\"name\"\\])\\s*(=~|!~)\\s*/((?:[^/\\\\]|\\\\.)*)/");
  private static final Pattern LIMIT = Pattern.compile("\\blimit\\s*\\(\\s*n\\s*:\\s*(\\d+)");
  private static final Pattern YIELD = Pattern.compile("\\byield\\s*\\(\\s*name\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern DURATION = Pattern.compile("(-?)(\\d+)(ns|us|µs|ms|s|m|h|d|w|mo|y)");

  static FluxScript parse(String text, Instant now) {
    String code = stripComments(text);
    List<String> referenced = new ArrayList<>();
    Matcher from = FROM.matcher(code);
    while (from.find()) {
      referenced.add(unescape(from.group(1)));
    }
    Matcher schema = SCHEMA.matcher(code);
    Source source = Source.NONE;
    if (schema.find()) {
      source = Source.SCHEMA_MEASUREMENTS;
      referenced.add(0, unescape(schema.group(1)));
    } else if (!referenced.isEmpty()) {
      source = Source.FROM;
    } else if (BUCKETS.matcher(code).find()) {
      source = Source.BUCKETS;
    }
    Instant start = Instant.EPOCH;
    Instant stop = now;
    Matcher range = RANGE.matcher(code);
    if (range.find()) {
      Matcher arg = ARG.matcher(range.group(1));
      while (arg.find()) {
        Optional<Instant> t = time(arg.group(2).trim(), now);
        if (t.isPresent()) {
          if (arg.group(1).equals("start")) {
            start = t.get();
          } else {
            stop = t.get();
          }
        }
      }
    }
    Map<String, Set<String>> equals = new LinkedHashMap<>();
    Matcher eq = EQ.matcher(code);
    while (eq.find()) {
      String column = eq.group(1) != null ? eq.group(1) : eq.group(2);
      equals.computeIfAbsent(column, c -> new LinkedHashSet<>()).add(unescape(eq.group(3)));
    }
    List<NameRegex> regexes = new ArrayList<>();
    Matcher re = NAME_RE.matcher(code);
    while (re.find()) {
      regexes.add(new NameRegex(Pattern.compile(re.group(2)), re.group(1).equals("!~")));
    }
    Matcher limit = LIMIT.matcher(code);
    Matcher yield = YIELD.matcher(code);
    return new FluxScript(source, List.copyOf(referenced), start, stop, equals, List.copyOf(regexes),
        limit.find() ? Integer.valueOf(limit.group(1)) : null, yield.find() ? yield.group(1) : "_result");
  }

  static Optional<Instant> time(String expr, Instant now) {
    if (expr.equals("now()")) {
      return Optional.of(now);
    }
    if (expr.equals("0")) {
      return Optional.of(Instant.EPOCH);
    }
    Matcher d = DURATION.matcher(expr);
    if (d.matches()) {
      Duration amount = unit(Long.parseLong(d.group(2)), d.group(3));
      return Optional.of(d.group(1).isEmpty() ? now.plus(amount) : now.minus(amount));
    }
    String literal = expr.replaceAll("^time\\(v:\\s*", "").replaceAll("\\)$", "").replace("\"", "");
    try {
      return Optional.of(Instant.parse(literal));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration unit(long n, String unit) {
    return switch (unit) {
      case "ns" -> Duration.ofNanos(n);
      case "us", "µs" -> Duration.ofNanos(n * 1000);
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      case "w" -> Duration.ofDays(7 * n);
      case "mo" -> Duration.ofDays(30 * n);
      default -> Duration.ofDays(365 * n);
    };
  }

  private static String stripComments(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      int comment = line.indexOf("//");
      out.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
    }
    return out.toString();
  }

  private static String unescape(String s) {
    return s.replace("\\\"", "\"").replace("\\\\", "\\");
  }
}
