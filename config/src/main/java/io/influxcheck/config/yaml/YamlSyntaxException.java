package io.influxcheck.config.yaml;

/**
 * Thrown when a text is not well-formed YAML. The message is the parser's short problem text only
 * (e.g. {@code could not find expected ':'}), never the quoted source line the parser would add:
 * that line may hold a secret.
 */
public final class YamlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  public YamlSyntaxException(int line, int column, String problem) {
    super(problem);
    this.line = line;
    this.column = column;
  }

  /** 1-based line, 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, 0 when unknown. */
  public int column() {
    return column;
  }
}
