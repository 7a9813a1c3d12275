package io.influxcheck.config;

import java.util.Objects;

/**
 * One thing wrong in a configuration or provisioning file, written for the person who must fix it.
 * The message never contains a secret value.
 *
 * @param file the file as the user named it
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param keyPath where in the file, e.g. {@code grafana[1].url}; empty for the whole file
 * @param message what is wrong and what is expected, e.g. "expected a duration like 3s or 500ms"
 */
public record ConfigProblem(String file, int line, String keyPath, String message) {
  public ConfigProblem {
    Objects.requireNonNull(file, "file is null");
    keyPath = keyPath == null ? "" : keyPath;
    Objects.requireNonNull(message, "message is null");
  }

  /** {@code file:line: keyPath: message}, leaving out the parts that are unknown. */
  public String describe() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (!keyPath.isEmpty()) {
      text.append(keyPath).append(": ");
    }
    return text.append(message).toString();
  }
}
