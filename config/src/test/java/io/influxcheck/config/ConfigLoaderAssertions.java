package io.influxcheck.config;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Runs a load that must fail and returns its {@link ConfigException}. */
final class ConfigLoaderAssertions {
  private ConfigLoaderAssertions() {}

  interface Load {
    Object run() throws Exception;
  }

  static ConfigException problemsOf(Load load) {
    return assertThatExceptionOfType(ConfigException.class).isThrownBy(load::run).actual();
  }
}
