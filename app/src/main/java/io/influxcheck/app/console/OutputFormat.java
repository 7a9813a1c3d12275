package io.influxcheck.app.console;

/** The {@code --format} of {@code diagnose}. */
public enum OutputFormat {
  TEXT,
  JSON,
  MARKDOWN;

  /** The renderer of this format; {@code colour} matters only for text. */
  public ReportRenderer renderer(boolean colour) {
    switch (this) {
      case JSON:
        return new JsonRenderer();
      case MARKDOWN:
        return new MarkdownRenderer();
      default:
        return new TextRenderer(colour ? Ansi.ON : Ansi.OFF);
    }
  }
}
