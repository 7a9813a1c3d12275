package io.influxcheck.config;

import java.util.Objects;

/**
 * Where data-source settings were read: a provisioning file and line, or a Grafana instance's API.
 * {@code line} is 0 when unknown.
 */
public record SettingsOrigin(Kind kind, String location, int line) {
  public enum Kind { PROVISIONING_FILE, GRAFANA_API, CONFIG }

  public SettingsOrigin {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(location, "location is null");
  }

  public static SettingsOrigin file(String path, int line) {
    return new SettingsOrigin(Kind.PROVISIONING_FILE, path, line);
  }

  public static SettingsOrigin grafana(String grafanaName) {
    return new SettingsOrigin(Kind.GRAFANA_API, grafanaName, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? location + ":" + line : location;
  }
}
