package io.influxcheck.core.command;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.directory.DataSourceDirectory;
import io.influxcheck.core.directory.KnownDataSource;
import io.influxcheck.core.directory.Listing;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Diagnoses every known data source with at most {@code concurrency} at a time, in listing order; a
 * Grafana that could not be listed gets one inconclusive report that says why.
 */
final class DiagnoseAll {
  private static final Logger LOG = LoggerFactory.getLogger(DiagnoseAll.class);

  private final DataSourceDirectory directory;
  private final BiFunction<KnownDataSource, ProgressListener, Report> diagnose;
  private final int concurrency;

  DiagnoseAll(DataSourceDirectory directory, BiFunction<KnownDataSource, ProgressListener, Report> diagnose, int concurrency) {
    this.directory = directory;
    this.diagnose = diagnose;
    this.concurrency = concurrency;
  }

  List<Report> run() {
    Listing listing = directory.list();
    List<Report> reports = new ArrayList<>();
    for (Listing.SourceProblem problem : listing.problems()) {
      problem.finding().ifPresent(finding -> reports.add(new Report(
          new DataSourceRef("(all data sources of " + problem.source() + ")", "", "", QueryLanguage.INFLUXQL,
              problem.source().replaceFirst("^grafana ", ""), ""),
          Verdict.INCONCLUSIVE, null, List.of(finding), new Checklist(problem.source(), List.of()), 0, Instant.now())));
    }
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, Math.max(1, listing.dataSources().size())), task -> {
      Thread thread = new Thread(task, "influx-check-all-" + threadNumber.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<CompletableFuture<Report>> runs = listing.dataSources().stream()
          .map(ds -> CompletableFuture.supplyAsync(() -> diagnose.apply(ds, ProgressListener.NONE), pool)
              .exceptionally(e -> failed(ds, e)))
          .toList();
      runs.forEach(run -> reports.add(run.join()));
    } finally {
      pool.shutdownNow();
    }
    return reports;
  }

  /** One data source whose diagnosis failed unexpectedly: inconclusive, with a correlation id in the log; the others go on. */
  private static Report failed(KnownDataSource dataSource, Throwable error) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("[{}] diagnosing {} failed", id, dataSource.ref().key(), error);
    Finding finding = new Finding(FindingCode.INFLUX_UNEXPECTED_RESPONSE, Severity.WARN,
        "The diagnosis failed unexpectedly (correlation id " + id + ")", "The cause is in the bot's log.",
        List.of(Evidence.note("influx-check", "", "correlation id " + id)), Fix.of("Diagnose this data source alone to retry."),
        FindingCode.INFLUX_UNEXPECTED_RESPONSE.anchor());
    return new Report(dataSource.ref(), Verdict.INCONCLUSIVE, null, List.of(finding), new Checklist("", List.of()), 0, Instant.now());
  }
}
