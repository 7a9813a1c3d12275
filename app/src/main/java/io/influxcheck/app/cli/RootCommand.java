package io.influxcheck.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code influx-check}: a new subcommand is one class, listed here. */
@Command(
    name = "influx-check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds why Grafana's InfluxDB data source answers 401 unauthorized.",
    subcommands = {
        DiagnoseCommand.class,
        RunbookCommand.class,
        DemoCommand.class,
        LabCommand.class,
        io.influxcheck.app.serve.ServeCommand.class,
        io.influxcheck.app.serve.DiscordInviteCommand.class,
        io.influxcheck.app.grafana.ListCommand.class,
        io.influxcheck.app.grafana.RetestCommand.class,
        io.influxcheck.app.bench.BenchCommand.class,
        picocli.CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  every data source is healthy",
        "  1  a data source is unhealthy (or an unexpected error)",
        "  2  usage or configuration error",
        "  3  inconclusive: a server could not be reached"
    })
public final class RootCommand implements Runnable {
  @Spec
  CommandSpec spec;

  /** Read by {@code Main} before logging starts; declared here so picocli accepts it anywhere. */
  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Log at DEBUG to stderr, with stack traces.")
  boolean verbose;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: try `influx-check demo` or `influx-check diagnose --help`.");
  }
}
