package io.influxcheck.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.util.Modules;
import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.app.cli.GuiceFactory;
import io.influxcheck.app.cli.RootCommand;
import io.influxcheck.app.cli.Terminal;
import io.influxcheck.app.cli.UsageError;
import io.influxcheck.app.console.Ansi;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point: starts logging, wires the object graph once with Guice, runs the picocli command and
 * turns every failure into a message and an exit code (never a stack trace for a user-caused error).
 */
public final class Main {
  private Main() { }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, Ansi.detect()));
  }

  /** Runs one command line; {@code overrides} replace bindings of {@link CoreModule} (tests). */
  public static int run(String[] args, PrintStream stdout, PrintStream stderr, Ansi ansi, Module... overrides) {
    LaunchOptions launch = LaunchOptions.scan(args);
    System.setProperty("influxcheck.log.level", launch.verbose() ? "DEBUG" : "WARN");
    LoggerFactory.getLogger(Main.class).debug("influx-check starting");
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    Terminal terminal = new Terminal(out, err, ansi);
    try {
      Injector injector = Guice.createInjector(Modules.override(new CoreModule(terminal, launch.config())).with(overrides));
      CommandLine commandLine = new CommandLine(RootCommand.class, new GuiceFactory(injector))
          .setCaseInsensitiveEnumValuesAllowed(true)
          .setOut(out)
          .setErr(err)
          .setParameterExceptionHandler((ex, ignored) -> usageProblem(ex, err))
          .setExecutionExceptionHandler((ex, cl, parsed) -> failure(ex, err, launch.verbose()));
      return commandLine.execute(args);
    } catch (RuntimeException e) {
      return failure(e, err, launch.verbose());
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int usageProblem(CommandLine.ParameterException ex, PrintWriter err) {
    err.println("influx-check: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
    return ExitCode.USAGE;
  }

  private static int failure(Exception ex, PrintWriter err, boolean verbose) {
    UsageError usage = find(ex, UsageError.class);
    if (usage != null) {
      err.println("influx-check: " + usage.getMessage());
      usage.problems().forEach(p -> err.println("  " + p));
      return ExitCode.USAGE;
    }
    Throwable root = ex instanceof ProvisionException && ex.getCause() != null ? ex.getCause() : ex;
    String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
    err.println("influx-check: unexpected error (" + root.getClass().getSimpleName() + message + ")"
        + (verbose ? "" : "; run with --verbose for details"));
    if (verbose) {
      root.printStackTrace(err);
    }
    return ExitCode.UNHEALTHY;
  }

  private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t instanceof ProvisionException) {
        for (com.google.inject.spi.Message m : ((ProvisionException) t).getErrorMessages()) {
          if (type.isInstance(m.getCause())) {
            return type.cast(m.getCause());
          }
        }
      }
    }
    return null;
  }
}
