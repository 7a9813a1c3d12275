package io.influxcheck.lab.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Grafana provisioning file for one scenario: its YAML, which names secrets only as {@code ${VAR}}
 * references, and the environment variables (with their lab values) to set before loading it.
 *
 * @param yaml the file's text
 * @param env variable name to value, in file order; deliberately unset variables are left out
 * @param path where it was written, when it was
 */
public record ProvisioningFile(String yaml, Map<String, String> env, Optional<Path> path) {
  public ProvisioningFile {
    Objects.requireNonNull(yaml, "yaml is null");
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    path = path == null ? Optional.empty() : path;
  }

  ProvisioningFile writtenTo(Path file) {
    return new ProvisioningFile(yaml, env, Optional.of(file));
  }

  /** {@code export NAME='value'} lines for a POSIX shell, for {@code influx-check lab}. */
  public String exports() {
    StringBuilder text = new StringBuilder();
    env.forEach((name, value) -> text.append("export ").append(name).append("='").append(value.replace("'", "'\\''")).append("'\n"));
    return text.toString();
  }
}
