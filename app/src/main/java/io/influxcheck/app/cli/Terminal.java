package io.influxcheck.app.cli;

import io.influxcheck.app.console.Ansi;
import java.io.PrintWriter;

/** Where a command prints: stdout for results, stderr for notes and errors; colour for stdout. */
public record Terminal(PrintWriter out, PrintWriter err, Ansi ansi) {
  public void note(String message) {
    err.println(message);
    err.flush();
  }
}
