package io.influxcheck.core.command;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.RunbookEntry;
import io.influxcheck.core.directory.DataSourceDirectory;
import io.influxcheck.core.directory.KnownDataSource;
import io.influxcheck.core.directory.Listing;
import io.influxcheck.core.directory.Resolution;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaSideDiagnoser;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.RetestService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes commands for every surface (CLI, Slack, Discord): resolves data sources across Grafanas
 * and provisioning files, diagnoses from Grafana's side or directly, re-tests through Grafana, lists,
 * and serves the runbook. Never throws: an unexpected failure becomes a {@link Reply.UsageError}
 * carrying a correlation id that is also in the log.
 */
public final class CoreCommandHandler implements CommandHandler {
  private static final Logger LOG = LoggerFactory.getLogger(CoreCommandHandler.class);

  private final DataSourceDirectory directory;
  private final GrafanaSideDiagnoser grafanaSide;
  private final Diagnoser direct;
  private final RetestService retest;
  private final Supplier<List<RunbookEntry>> runbook;
  private final int concurrency;

  /**
   * @param direct diagnoses data sources from provisioning files (no Grafana) directly against InfluxDB
   * @param runbook the runbook entries, one per finding code
   * @param concurrency how many data sources {@code all} diagnoses at once
   */
  public CoreCommandHandler(DataSourceDirectory directory, GrafanaSideDiagnoser grafanaSide, Diagnoser direct,
      RetestService retest, Supplier<List<RunbookEntry>> runbook, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    this.directory = directory;
    this.grafanaSide = grafanaSide;
    this.direct = direct;
    this.retest = retest;
    this.runbook = runbook;
    this.concurrency = concurrency;
  }

  @Override
  public Reply handle(Command command, Requester requester, ProgressListener progress) {
    try {
      return dispatch(command, requester, progress == null ? ProgressListener.NONE : progress);
    } catch (RuntimeException | Error e) {
      String id = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("[{}] {} for {} failed", id, command.getClass().getSimpleName(), requester.platform(), e);
      return new Reply.UsageError("influx-check failed unexpectedly (correlation id " + id
          + "); the cause is in the bot's log. The diagnosis is inconclusive: try again, or run the CLI for the same data source.", List.of());
    }
  }

  @Override
  public List<DataSourceEntry> knownDataSources() {
    try {
      return directory.cachedListing().dataSources().stream().map(CoreCommandHandler::entry).toList();
    } catch (RuntimeException e) {
      LOG.warn("Listing data sources failed: {}", e.toString());
      return List.of();
    }
  }

  private Reply dispatch(Command command, Requester requester, ProgressListener progress) {
    if (command instanceof Command.Diagnose diagnose) {
      return diagnose(diagnose.target(), progress);
    }
    if (command instanceof Command.DiagnoseAll) {
      return new Reply.SummaryReply(new DiagnoseAll(directory, this::diagnose, concurrency).run());
    }
    if (command instanceof Command.Retest retestCommand) {
      return retest(retestCommand.target(), requester);
    }
    if (command instanceof Command.ListDataSources || command instanceof Command.DefaultAction) {
      return list();
    }
    if (command instanceof Command.Runbook runbookCommand) {
      return runbook(runbookCommand.code());
    }
    if (command instanceof Command.Help) {
      return new Reply.HelpReply(CommandParser.USAGE);
    }
    if (command instanceof Command.Invalid invalid) {
      return new Reply.UsageError(invalid.message(), invalid.suggestions());
    }
    throw new IllegalStateException("unhandled command " + command.getClass().getName());
  }

  private Reply diagnose(String target, ProgressListener progress) {
    Resolution resolution = directory.resolve(target);
    if (resolution instanceof Resolution.Found found) {
      return new Reply.ReportReply(diagnose(found.dataSource(), progress));
    }
    if (resolution instanceof Resolution.Unlisted unlisted) {
      return new Reply.ReportReply(grafanaSide.diagnose(unlisted.grafana(), unlisted.target(), progress));
    }
    return notResolved(resolution);
  }

  /** Diagnoses a listed data source: from Grafana's side when it came from a Grafana, else directly. */
  Report diagnose(KnownDataSource dataSource, ProgressListener progress) {
    if (dataSource.isFromGrafana()) {
      GrafanaClient grafana = directory.grafana(dataSource.ref().grafana())
          .orElseThrow(() -> new IllegalStateException("listed Grafana " + dataSource.ref().grafana() + " is not configured"));
      return grafanaSide.diagnose(grafana, dataSource.ref().uid(), progress);
    }
    return direct.diagnose(dataSource.settings(), progress);
  }

  private static DataSourceEntry entry(KnownDataSource dataSource) {
    return new DataSourceEntry(dataSource.ref(), dataSource.foundIn());
  }

  private Reply retest(String target, Requester requester) {
    Resolution resolution = directory.resolve(target);
    if (resolution instanceof Resolution.Found found) {
      KnownDataSource dataSource = found.dataSource();
      if (!dataSource.isFromGrafana()) {
        return new Reply.UsageError("`" + dataSource.ref().name() + "` comes from a provisioning file (" + dataSource.foundIn()
            + "); a re-test runs Grafana's health check, so add its Grafana under `grafana:` in influx-check.yaml."
            + " Use `diagnose` to check it directly.", List.of("diagnose " + dataSource.ref().name()));
      }
      return new Reply.RetestReply(retest.retest(dataSource.ref(), requester.displayName()));
    }
    if (resolution instanceof Resolution.Unlisted unlisted) {
      String grafana = unlisted.grafana().connection().name();
      DataSourceRef ref = new DataSourceRef(unlisted.target(), unlisted.target(), "", QueryLanguage.INFLUXQL, grafana,
          unlisted.grafana().connection().dataSourceLink(unlisted.target()));
      return new Reply.RetestReply(retest.retest(ref, requester.displayName()));
    }
    return notResolved(resolution);
  }

  private static Reply notResolved(Resolution resolution) {
    if (resolution instanceof Resolution.Ambiguous ambiguous) {
      return new Reply.UsageError("`" + ambiguous.target() + "` matches " + ambiguous.candidates().size()
          + " data sources; name one with uid@grafana or name@grafana.", ambiguous.candidates());
    }
    Resolution.NotFound notFound = (Resolution.NotFound) resolution;
    List<String> closest = Suggestions.closest(notFound.target(), notFound.known(), 3);
    String hint = closest.isEmpty() ? ". `list` shows the data sources the bot can see." : ". Did you mean one of these?";
    return new Reply.UsageError(notFound.message() + hint, closest);
  }

  private Reply list() {
    Listing listing = directory.list();
    listing.problems().forEach(p -> LOG.warn("Could not list {}", p));
    if (listing.dataSources().isEmpty()) {
      String why = listing.problems().isEmpty()
          ? "No InfluxDB data sources found: configure `grafana:` or `provisioning:` in influx-check.yaml."
          : "No InfluxDB data sources found. " + String.join(" ", listing.problems().stream().map(p -> p + ".").toList());
      return new Reply.UsageError(why, List.of());
    }
    return new Reply.DataSourceList(listing.dataSources().stream().map(CoreCommandHandler::entry).toList());
  }

  private Reply runbook(String code) {
    List<RunbookEntry> entries = runbook.get();
    if (code.isEmpty()) {
      return new Reply.RunbookReply(entries);
    }
    List<RunbookEntry> matching = new ArrayList<>();
    FindingCode.parse(code).ifPresent(c -> entries.stream().filter(e -> e.code() == c).forEach(matching::add));
    if (matching.isEmpty()) {
      return new Reply.UsageError("No runbook entry for `" + code + "`.",
          Suggestions.closest(code, entries.stream().map(e -> e.code().name()).toList(), 3));
    }
    return new Reply.RunbookReply(matching);
  }
}
