package io.influxcheck.app.grafana;

import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.app.cli.Terminal;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.report.ProgressListener;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Option;

/** {@code influx-check list}: the InfluxDB data sources found in each configured Grafana and provisioning file. */
@picocli.CommandLine.Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the InfluxDB data sources of every configured Grafana and provisioning file.")
public final class ListCommand implements Callable<Integer> {
  @Option(names = "--config", paramLabel = "FILE", description = "influx-check.yaml (grafana:, provisioning:).")
  Path config;

  private final Provider<HandlerFactory> handlers;
  private final Terminal terminal;

  @Inject
  ListCommand(Provider<HandlerFactory> handlers, Terminal terminal) {
    this.handlers = handlers;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    HandlerFactory factory = handlers.get();
    factory.requireSources("list");
    Reply reply = HandlerFactory.orUsageError(
        factory.handler().handle(new Command.ListDataSources(), Requester.console(), ProgressListener.NONE));
    List<DataSourceEntry> entries = ((Reply.DataSourceList) reply).entries();
    terminal.out().print(table(entries));
    terminal.out().flush();
    return ExitCode.HEALTHY;
  }

  /** One line per data source: the name to type, uid, language, URL and where it was found. */
  static String table(List<DataSourceEntry> entries) {
    List<String[]> rows = new java.util.ArrayList<>();
    rows.add(new String[] {"NAME", "UID", "LANGUAGE", "URL", "FOUND IN"});
    for (DataSourceEntry e : entries) {
      String name = e.ref().grafana().isEmpty() ? e.ref().name() : e.ref().name() + "@" + e.ref().grafana();
      rows.add(new String[] {name, e.ref().uid().isEmpty() ? "-" : e.ref().uid(), e.ref().queryLanguage().grafanaName(),
          e.ref().url(), e.foundIn()});
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
