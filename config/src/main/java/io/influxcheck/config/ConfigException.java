package io.influxcheck.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in a configuration or provisioning file, reported together so the user can
 * fix them in one pass. {@link #getMessage()} is {@link #describe()}: one problem per line.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  /** One problem per line: {@code file:line: keyPath: message}. */
  public String describe() {
    return describe(problems);
  }

  private static String describe(List<ConfigProblem> problems) {
    return problems.stream().map(ConfigProblem::describe).collect(Collectors.joining("\n"));
  }
}
