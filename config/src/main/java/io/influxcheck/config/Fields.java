package io.influxcheck.config;

import io.influxcheck.config.yaml.YamlNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The keys of one YAML mapping at a key path, read through a {@link Binding}. Unknown keys are
 * reported when the mapping is opened, with a did-you-mean hint. A key written without a value
 * ({@code timeout:}) counts as absent and takes its default.
 */
final class Fields {
  private final Binding binding;
  private final YamlNode.Mapping mapping;
  private final String path;

  Fields(Binding binding, YamlNode.Mapping mapping, String path, List<String> knownKeys) {
    this.binding = binding;
    this.mapping = mapping;
    this.path = path;
    for (YamlNode.Entry entry : mapping.entries()) {
      if (!knownKeys.contains(entry.key())) {
        String hint = ClosestNames.best(entry.key(), knownKeys)
            .map(k -> "; did you mean '" + k + "'?")
            .orElse("; expected one of: " + String.join(", ", knownKeys));
        binding.problem(entry.keyLine(), keyPath(entry.key()), "unknown key '" + entry.key() + "'" + hint);
      }
    }
  }

  String keyPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  int line() {
    return mapping.line();
  }

  String path() {
    return path;
  }

  /** The key's value, unless absent or written without a value. */
  Optional<YamlNode> node(String key) {
    return mapping.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull()));
  }

  /** The line of the key, or of the mapping when the key is absent. */
  int lineOf(String key) {
    return mapping.entry(key).map(YamlNode.Entry::keyLine).orElse(mapping.line());
  }

  /** Records that a required key is missing. */
  void missing(String key, String expected) {
    binding.problem(mapping.line(), keyPath(key), "missing; expected " + expected);
  }

  Optional<String> string(String key) {
    return node(key).flatMap(n -> binding.text(n, keyPath(key), "a string"));
  }

  Optional<String> requiredString(String key, String expected) {
    if (node(key).isEmpty()) {
      missing(key, expected);
      return Optional.empty();
    }
    return node(key).flatMap(n -> binding.text(n, keyPath(key), expected));
  }

  Duration duration(String key, Duration fallback) {
    return node(key).flatMap(n -> binding.duration(n, keyPath(key))).orElse(fallback);
  }

  long byteSize(String key, long fallback, long max) {
    return node(key).flatMap(n -> binding.byteSize(n, keyPath(key), max)).orElse(fallback);
  }

  Optional<Long> integer(String key, long min, long max) {
    return node(key).flatMap(n -> binding.integer(n, keyPath(key), min, max));
  }

  boolean bool(String key, boolean fallback) {
    return node(key).flatMap(n -> binding.bool(n, keyPath(key))).orElse(fallback);
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
    return node(key).flatMap(n -> binding.enumValue(n, keyPath(key), type)).orElse(fallback);
  }

  Optional<URI> url(String key, String base, String example, boolean trailingSlash) {
    return node(key).flatMap(n -> binding.url(n, keyPath(key), base, example, trailingSlash));
  }

  Optional<URI> requiredUrl(String key, String base, String example, boolean trailingSlash) {
    if (node(key).isEmpty()) {
      missing(key, "an absolute " + base + "(s) URL like " + example);
      return Optional.empty();
    }
    return url(key, base, example, trailingSlash);
  }

  Optional<Path> path(String key) {
    return node(key).flatMap(n -> binding.path(n, keyPath(key)));
  }

  /** An optional secret: empty {@link Secret} when absent, empty Optional when written wrongly. */
  Optional<Secret> secret(String key) {
    return node(key).isEmpty() ? Optional.of(Secret.empty()) : binding.secret(node(key).get(), keyPath(key));
  }

  /** A required secret: a missing key is a problem. */
  Optional<Secret> requiredSecret(String key) {
    if (node(key).isEmpty()) {
      missing(key, "a secret reference like " + SecretReferences.suggestion(keyPath(key)));
      return Optional.empty();
    }
    return binding.secret(node(key).get(), keyPath(key));
  }

  /** A nested mapping, opened with its own known keys. */
  Optional<Fields> section(String key, List<String> knownKeys) {
    return node(key).flatMap(n -> binding.mapping(n, keyPath(key), "a mapping of " + String.join(", ", knownKeys)))
        .map(m -> new Fields(binding, m, keyPath(key), knownKeys));
  }

  Optional<YamlNode.Mapping> mapping(String key, String expected) {
    return node(key).flatMap(n -> binding.mapping(n, keyPath(key), expected));
  }

  /** A list's items; absent is an empty list. */
  List<YamlNode> list(String key, String expected) {
    return node(key).flatMap(n -> binding.list(n, keyPath(key), expected)).orElse(List.of());
  }
}
