package io.influxcheck.config;

import io.influxcheck.config.yaml.YamlNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the only two ways influx-check.yaml may name a secret: {@code ${ENV_VAR}} or
 * {@code file:/path/to/secret} (trailing newlines trimmed). A literal value is a problem whose
 * message says how to write it instead, and never repeats it. The resolved {@link Secret}'s
 * {@code source()} is the reference as written.
 */
final class SecretReferences {
  private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern BARE_ENV_REF = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
  private static final long MAX_SECRET_FILE_BYTES = 64 * 1024;

  private final Binding binding;
  private final Function<String, String> env;

  SecretReferences(Binding binding, Function<String, String> env) {
    this.binding = binding;
    this.env = env;
  }

  Optional<Secret> resolve(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
      binding.problem(node.line(), path, "expected a secret reference like " + suggestion(path)
          + ", found " + node.describeKind());
      return Optional.empty();
    }
    String reference = scalar.text().trim();
    Matcher envRef = ENV_REF.matcher(reference);
    if (envRef.matches()) {
      return fromEnvironment(envRef.group(1), reference, node.line(), path);
    }
    if (reference.startsWith("file:")) {
      return fromFile(reference.substring("file:".length()).trim(), reference, node.line(), path);
    }
    Matcher bare = BARE_ENV_REF.matcher(reference);
    if (bare.matches()) {
      binding.problem(node.line(), path, "write the reference with braces: ${" + bare.group(1) + "}");
      return Optional.empty();
    }
    binding.problem(node.line(), path, "a secret must not be written in the file: write " + suggestion(path)
        + " and set that environment variable, or file:/path/to/secret to read it from a file");
    return Optional.empty();
  }

  private Optional<Secret> fromEnvironment(String variable, String reference, int line, String path) {
    String value = env.apply(variable);
    if (value == null) {
      binding.problem(line, path, "environment variable " + variable + " is not set");
      return Optional.empty();
    }
    if (value.isEmpty()) {
      binding.problem(line, path, "environment variable " + variable + " is set but empty");
      return Optional.empty();
    }
    return Optional.of(Secret.of(value, reference));
  }

  private Optional<Secret> fromFile(String fileText, String reference, int line, String path) {
    if (fileText.isEmpty()) {
      binding.problem(line, path, "expected file:/path/to/secret, found no path after 'file:'");
      return Optional.empty();
    }
    Path file = binding.resolvePath(fileText);
    try {
      if (!Files.exists(file)) {
        binding.problem(line, path, "secret file " + file + " does not exist");
        return Optional.empty();
      }
      if (!Files.isRegularFile(file)) {
        binding.problem(line, path, "secret file " + file + " is not a regular file");
        return Optional.empty();
      }
      if (Files.size(file) > MAX_SECRET_FILE_BYTES) {
        binding.problem(line, path, "secret file " + file + " is larger than 64 KiB; is it the right file?");
        return Optional.empty();
      }
      String value = stripTrailingNewlines(Files.readString(file, StandardCharsets.UTF_8));
      if (value.isEmpty()) {
        binding.problem(line, path, "secret file " + file + " is empty");
        return Optional.empty();
      }
      return Optional.of(Secret.of(value, reference));
    } catch (AccessDeniedException e) {
      binding.problem(line, path, "secret file " + file + " cannot be read: permission denied");
    } catch (CharacterCodingException e) {
      binding.problem(line, path, "secret file " + file + " is not UTF-8 text");
    } catch (IOException e) {
      binding.problem(line, path, "secret file " + file + " cannot be read: " + e.getClass().getSimpleName());
    }
    return Optional.empty();
  }

  private static String stripTrailingNewlines(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(0, end);
  }

  /** {@code ${SLACK_BOT_TOKEN}} for {@code slack.botToken}: a name to suggest for the variable. */
  static String suggestion(String path) {
    String withoutIndexes = path.replaceAll("\\[[^]]*]", "").replace("datasources.", "influx.");
    String snake = CAMEL_HUMP.matcher(withoutIndexes).replaceAll("$1_$2").replace('.', '_');
    return "${" + snake.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_") + "}";
  }
}
