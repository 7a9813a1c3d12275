package io.influxcheck.app.grafana;

import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.app.cli.Terminal;
import io.influxcheck.app.cli.UsageError;
import io.influxcheck.app.console.Ansi;
import io.influxcheck.app.console.OutputFormat;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.RootCause;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code diagnose --config F --datasource NAME_OR_UID} and {@code diagnose --config F --all} when the
 * configuration has Grafanas: resolves names across Grafanas and files, diagnoses from Grafana's side
 * (merged with the direct diagnosis when the bot has credentials), and for {@code --all} adds a summary table.
 */
public final class GrafanaDiagnose {
  private final HandlerFactory handlers;
  private final Terminal terminal;

  @Inject
  public GrafanaDiagnose(HandlerFactory handlers, Terminal terminal) {
    this.handlers = handlers;
    this.terminal = terminal;
  }

  /** True when this form applies: the configuration names a Grafana, or {@code --all} was given. */
  public boolean applies(boolean all) {
    return all || !handlers.config().grafana().isEmpty();
  }

  public int run(List<String> datasources, boolean all, OutputFormat format) {
    if (all == !datasources.isEmpty()) {
      throw new UsageError(all ? "Give either --all or --datasource, not both."
          : "Say which data source: --datasource NAME_OR_UID (repeatable), or --all; `influx-check list` shows them.");
    }
    handlers.requireSources("diagnose");
    CoreCommandHandler handler = handlers.handler();
    List<Report> reports = new ArrayList<>();
    if (all) {
      reports.addAll(((Reply.SummaryReply) HandlerFactory.orUsageError(
          handler.handle(new Command.DiagnoseAll(), Requester.console(), ProgressListener.NONE))).reports());
    } else {
      for (String target : datasources) {
        reports.add(((Reply.ReportReply) HandlerFactory.orUsageError(
            handler.handle(new Command.Diagnose(target), Requester.console(), ProgressListener.NONE))).report());
      }
    }
    terminal.out().print(format.renderer(terminal.ansi() == Ansi.ON).render(reports));
    if (all && format != OutputFormat.JSON) {
      terminal.out().print(summary(reports, format == OutputFormat.MARKDOWN));
    }
    terminal.out().flush();
    return ExitCode.of(reports);
  }

  /** One row per data source: verdict, the root cause (else the first error or warning), Grafana and time. */
  static String summary(List<Report> reports, boolean markdown) {
    int nameWidth = Math.max(32, reports.stream().mapToInt(r -> r.datasource().name().length() + 1).max().orElse(0));
    String row = "%-" + nameWidth + "s %-12s %-13s %-28s %s%n";
    StringBuilder out = new StringBuilder(markdown ? "\n| Data source | Grafana | Verdict | Main finding | Time |\n|---|---|---|---|---|\n"
        : String.format("%nSummary%n" + row, "DATA SOURCE", "GRAFANA", "VERDICT", "MAIN FINDING", "TIME"));
    for (Report r : reports) {
      String main = r.findings().stream().filter(f -> f.severity() == Severity.ERROR && f.code().rootCause() != RootCause.GRAFANA).findFirst()
          .or(() -> r.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst())
          .or(() -> r.findings().stream().filter(f -> f.severity() == Severity.WARN).findFirst())
          .map(Finding::code).map(Enum::name).orElse("-");
      String grafana = r.datasource().grafana().isEmpty() ? "-" : r.datasource().grafana();
      String time = r.durationMs() + " ms";
      out.append(markdown
          ? "| " + r.datasource().name() + " | " + grafana + " | " + r.verdict() + " | " + main + " | " + time + " |\n"
          : String.format(row, r.datasource().name(), grafana, r.verdict(), main, time));
    }
    return out.toString();
  }
}
