package io.influxcheck.config.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML node that remembers the line it starts on (1-based), so every problem found while binding
 * it can name its line. Scalars keep their text exactly as written, never converted: a Discord id
 * larger than 2^53 or a version string {@code 1.10} survive intact.
 *
 * <p>{@code toString()} never shows a scalar's text: it may be a secret.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  /** The line this node starts on, 1-based. */
  int line();

  /** "a mapping", "a list", "a string", ... for "expected X, found Y" messages. */
  String describeKind();

  /** A YAML mapping with string keys, in file order. Merge keys ({@code <<: *anchor}) are already applied. */
  record Mapping(int line, List<Entry> entries) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    public Optional<YamlNode> get(String key) {
      return entry(key).map(Entry::value);
    }

    @Override
    public String describeKind() {
      return "a mapping";
    }

    @Override
    public String toString() {
      return "Mapping[line=" + line + ", keys=" + entries.stream().map(Entry::key).toList() + "]";
    }
  }

  /** One {@code key: value} pair; {@code keyLine} is where the key is written. */
  record Entry(String key, int keyLine, YamlNode value) {
    public Entry {
      Objects.requireNonNull(key, "key is null");
      Objects.requireNonNull(value, "value is null");
    }
  }

  /** A YAML sequence. */
  record Sequence(int line, List<YamlNode> items) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describeKind() {
      return "a list";
    }

    @Override
    public String toString() {
      return "Sequence[line=" + line + ", size=" + items.size() + "]";
    }
  }

  /** A scalar: its text as written and the type YAML 1.1 resolution gives it. */
  record Scalar(int line, String text, ScalarType type) implements YamlNode {
    public Scalar {
      Objects.requireNonNull(text, "text is null");
      Objects.requireNonNull(type, "type is null");
    }

    public boolean isNull() {
      return type == ScalarType.NULL;
    }

    @Override
    public String describeKind() {
      return switch (type) {
        case NULL -> "no value";
        case BOOLEAN -> "a boolean";
        case INTEGER -> "an integer";
        case FLOAT -> "a number";
        case STRING -> text.isBlank() ? "an empty string" : "a string";
      };
    }

    @Override
    public String toString() {
      return "Scalar[line=" + line + ", type=" + type + ", " + text.length() + " chars]";
    }
  }

  /** How YAML resolved an unquoted scalar; quoted scalars are always {@link #STRING}. */
  enum ScalarType { NULL, BOOLEAN, INTEGER, FLOAT, STRING }
}
