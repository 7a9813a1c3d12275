package io.influxcheck.config;

import java.util.Objects;

/** Logging ({@code log:} section). Secrets are never logged at any level. */
public record LogSettings(Level level) {
  public static final LogSettings DEFAULTS = new LogSettings(Level.INFO);

  public LogSettings {
    Objects.requireNonNull(level, "level is null");
  }

  /** SLF4J's levels. */
  public enum Level { TRACE, DEBUG, INFO, WARN, ERROR }
}
