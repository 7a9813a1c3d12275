package io.influxcheck.app.cli;

import java.util.List;

/**
 * Something the person running the command can fix: a bad option, an unreadable or invalid file, an
 * unknown data source. Printed without a stack trace, with exit code 2.
 */
public final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public UsageError(String message, List<String> problems) {
    super(message, null, false, false);
    this.problems = List.copyOf(problems);
  }

  public UsageError(String message) {
    this(message, List.of());
  }

  /** One line per problem, each naming the file, line and key when known. */
  public List<String> problems() {
    return problems;
  }
}
