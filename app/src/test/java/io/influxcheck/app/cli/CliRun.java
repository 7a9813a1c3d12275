package io.influxcheck.app.cli;

import com.google.inject.Module;
import io.influxcheck.app.Main;
import io.influxcheck.app.console.Ansi;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link Main} in-process with captured stdout/stderr. */
public record CliRun(int exitCode, String out, String err) {
  public static CliRun of(Module overrides, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Ansi.OFF, overrides);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
