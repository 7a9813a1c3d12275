package io.influxcheck.app.console;

/**
 * ANSI styling, on only when stdout is a terminal and {@code NO_COLOR} is unset
 * (https://no-color.org); golden files are rendered with {@link #OFF}.
 */
public enum Ansi {
  ON,
  OFF;

  private static final String RESET = "\u001b[0m";

  /** Colour when {@code System.console()} exists (stdout and stdin are a terminal) and NO_COLOR is unset. */
  public static Ansi detect() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty()) ? ON : OFF;
  }

  public String bold(String text) {
    return style("1", text);
  }

  public String red(String text) {
    return style("31", text);
  }

  public String green(String text) {
    return style("32", text);
  }

  public String yellow(String text) {
    return style("33", text);
  }

  public String dim(String text) {
    return style("2", text);
  }

  private String style(String code, String text) {
    return this == ON && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
  }
}
