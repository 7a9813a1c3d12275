package io.influxcheck.config;

import io.influxcheck.config.yaml.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts YAML nodes of one file into typed values, recording a {@link ConfigProblem} for each
 * value that does not fit instead of stopping, so that every problem is reported at once. Each
 * conversion returns empty when the value was wrong.
 */
final class Binding {
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|s|m|h)");
  private static final Pattern DURATION = Pattern.compile("(\\d+(ms|s|m|h))+");
  private static final Pattern BYTE_SIZE = Pattern.compile("(\\d+)\\s*(B|KB|KiB|MB|MiB|GB|GiB)?");
  private static final int MAX_ECHO = 40;

  private final String file;
  private final Path baseDir;
  private final Function<String, String> env;
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final SecretReferences secrets;

  Binding(String file, Path baseDir, Function<String, String> env) {
    this.file = file;
    this.baseDir = baseDir;
    this.env = env;
    this.secrets = new SecretReferences(this, env);
  }

  void problem(int line, String keyPath, String message) {
    problems.add(new ConfigProblem(file, line, keyPath, message));
  }

  /** The problems in file order (a stable sort by line). */
  List<ConfigProblem> problems() {
    return problems.stream().sorted(Comparator.comparingInt(ConfigProblem::line)).toList();
  }

  Optional<YamlNode.Mapping> mapping(YamlNode node, String path, String expected) {
    if (node instanceof YamlNode.Mapping mapping) {
      return Optional.of(mapping);
    }
    problem(node.line(), path, "expected " + expected + ", found " + node.describeKind());
    return Optional.empty();
  }

  Optional<List<YamlNode>> list(YamlNode node, String path, String expected) {
    if (node instanceof YamlNode.Sequence sequence) {
      return Optional.of(sequence.items());
    }
    problem(node.line(), path, "expected " + expected + ", found " + node.describeKind()
        + " (write a YAML list: one '- item' per line)");
    return Optional.empty();
  }

  /** The text of a non-empty scalar of any YAML type. */
  Optional<String> text(YamlNode node, String path, String expected) {
    if (node instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
      return Optional.of(scalar.text().trim());
    }
    problem(node.line(), path, "expected " + expected + ", found " + node.describeKind());
    return Optional.empty();
  }

  Optional<Duration> duration(YamlNode node, String path) {
    String expected = "a duration like 3s, 500ms or 1m";
    return text(node, path, expected).flatMap(text -> {
      String compact = text.replace(" ", "");
      if (!DURATION.matcher(compact).matches()) {
        String hint = compact.chars().allMatch(Character::isDigit) ? " (add a unit: " + compact + "s)" : "";
        problem(node.line(), path, "expected " + expected + ", found " + echo(text) + hint);
        return Optional.empty();
      }
      Duration total = Duration.ZERO;
      Matcher part = DURATION_PART.matcher(compact);
      while (part.find()) {
        long amount = Long.parseLong(part.group(1));
        total = total.plus(switch (part.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        });
      }
      if (total.isZero()) {
        problem(node.line(), path, "expected a duration of more than 0, like 3s");
        return Optional.empty();
      }
      return Optional.of(total);
    });
  }

  Optional<Long> byteSize(YamlNode node, String path, long max) {
    String expected = "a size like 1MiB, 512KiB or 1048576 (bytes)";
    return text(node, path, expected).flatMap(text -> {
      Matcher m = BYTE_SIZE.matcher(text);
      if (!m.matches() || m.group(1).length() > 12) {
        problem(node.line(), path, "expected " + expected + ", found " + echo(text));
        return Optional.empty();
      }
      long unit = switch (m.group(2) == null ? "B" : m.group(2)) {
        case "KB" -> 1000L;
        case "KiB" -> 1024L;
        case "MB" -> 1000L * 1000;
        case "MiB" -> 1024L * 1024;
        case "GB" -> 1000L * 1000 * 1000;
        case "GiB" -> 1024L * 1024 * 1024;
        default -> 1L;
      };
      long bytes = Long.parseLong(m.group(1)) * unit;
      if (bytes < 1024 || bytes > max) {
        problem(node.line(), path, "expected a size from 1KiB to " + (max / (1024 * 1024)) + "MiB, found " + text);
        return Optional.empty();
      }
      return Optional.of(bytes);
    });
  }

  Optional<Long> integer(YamlNode node, String path, long min, long max) {
    String expected = "an integer from " + min + " to " + max;
    return text(node, path, expected).flatMap(text -> {
      try {
        long value = Long.parseLong(text);
        if (value >= min && value <= max) {
          return Optional.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problem(node.line(), path, "expected " + expected + ", found " + echo(text));
      return Optional.empty();
    });
  }

  Optional<Boolean> bool(YamlNode node, String path) {
    return text(node, path, "true or false").flatMap(text -> {
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return Optional.of(Boolean.parseBoolean(text));
      }
      problem(node.line(), path, "expected true or false, found " + echo(text));
      return Optional.empty();
    });
  }

  <E extends Enum<E>> Optional<E> enumValue(YamlNode node, String path, Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    String expected = "one of " + String.join(", ", names);
    return text(node, path, expected).flatMap(text -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(text)) {
          return Optional.of(constant);
        }
      }
      String hint = ClosestNames.best(text, names).map(n -> "; did you mean '" + n + "'?").orElse("");
      problem(node.line(), path, "expected " + expected + ", found " + echo(text) + hint);
      return Optional.empty();
    });
  }

  /**
   * An absolute URL with a host, of scheme {@code base} or its TLS variant ({@code http} also accepts
   * {@code https}, {@code ws} accepts {@code wss}). Never echoes the value: a URL may carry a password.
   * {@code trailingSlash} appends a missing final {@code /} to base URLs that relative paths are joined to.
   */
  Optional<URI> url(YamlNode node, String path, String base, String example, boolean trailingSlash) {
    Set<String> schemes = Set.of(base, base + "s");
    String expected = "an absolute " + base + "(s) URL like " + example;
    return text(node, path, expected).flatMap(text -> {
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        problem(node.line(), path, "expected " + expected + ", found a malformed URL (" + e.getReason() + ")");
        return Optional.empty();
      }
      if (uri.getScheme() == null || uri.getHost() == null) {
        problem(node.line(), path, "expected " + expected + " (scheme and host are required)");
        return Optional.empty();
      }
      if (!schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
        problem(node.line(), path, "expected " + expected + ", found scheme " + echo(uri.getScheme()));
        return Optional.empty();
      }
      if (uri.getRawUserInfo() != null) {
        problem(node.line(), path, "credentials must not be written in a URL: remove 'user:password@' and use"
            + " the token, user and password keys with secret references");
        return Optional.empty();
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        problem(node.line(), path, "expected a base URL without '?query' or '#fragment'");
        return Optional.empty();
      }
      return Optional.of(trailingSlash && !text.endsWith("/") ? URI.create(text + "/") : uri);
    });
  }

  /** A path; {@code ~/} means the home folder and a relative path is resolved against the config file's folder. */
  Optional<Path> path(YamlNode node, String path) {
    return text(node, path, "a file path").map(this::resolvePath);
  }

  Path resolvePath(String text) {
    String home = env.apply("HOME");
    if (text.startsWith("~/") && home != null && !home.isEmpty()) {
      return Path.of(home).resolve(text.substring(2)).normalize();
    }
    return baseDir.resolve(text).toAbsolutePath().normalize();
  }

  /** A secret written as {@code ${ENV_VAR}} or {@code file:/path}; {@code null} text and literals are problems. */
  Optional<Secret> secret(YamlNode node, String path) {
    return secrets.resolve(node, path);
  }

  /** A value short enough to be safe and useful to quote in a message; longer values are summarised. */
  static String echo(String text) {
    return text.length() <= MAX_ECHO ? "'" + text + "'" : "a value of " + text.length() + " characters";
  }
}
