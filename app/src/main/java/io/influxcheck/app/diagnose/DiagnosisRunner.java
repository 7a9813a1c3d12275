package io.influxcheck.app.diagnose;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.report.ServerInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Diagnoses several data sources, at most {@code concurrency} (probes.concurrency) at once, each under a
 * deadline. The diagnoser has its own per-request timeouts; this is the backstop so the command never
 * hangs: a data source whose diagnosis has not finished in time gets an INCONCLUSIVE report saying so,
 * and one that crashed the diagnoser gets an INCONCLUSIVE report too, without affecting the others.
 * A data source waiting for a free slot gets its full deadline once its round starts.
 */
public final class DiagnosisRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DiagnosisRunner.class);

  private final Diagnoser diagnoser;
  private final Clock clock;
  private final int concurrency;

  /** @param concurrency how many data sources are diagnosed at once (probes.concurrency) */
  public DiagnosisRunner(Diagnoser diagnoser, Clock clock, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be positive, was " + concurrency);
    }
    this.diagnoser = diagnoser;
    this.clock = clock;
    this.concurrency = concurrency;
  }

  public List<Report> run(List<DataSourceSettings> settings, Duration deadline) {
    if (settings.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.size(), concurrency), runnable -> {
      Thread thread = new Thread(runnable, "diagnose");
      thread.setDaemon(true);
      return thread;
    });
    try {
      long start = System.nanoTime();
      List<Future<Report>> futures = new ArrayList<>();
      for (DataSourceSettings s : settings) {
        futures.add(pool.submit(() -> diagnoser.diagnose(s)));
      }
      List<Report> reports = new ArrayList<>();
      for (int i = 0; i < settings.size(); i++) {
        long round = i / concurrency + 1;
        long remaining = deadline.toNanos() * round - (System.nanoTime() - start);
        reports.add(await(futures.get(i), settings.get(i), Math.max(remaining, 0), deadline));
      }
      return reports;
    } finally {
      pool.shutdownNow();
    }
  }

  private Report await(Future<Report> future, DataSourceSettings settings, long remainingNanos, Duration deadline) {
    try {
      return future.get(remainingNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return inconclusive(settings, FindingCode.INFLUX_TIMEOUT,
          "No answer within the " + deadline.toSeconds() + " s deadline",
          "The diagnosis of " + settings.displayName() + " did not finish in time: a server accepted the connection "
              + "but did not answer, or answered too slowly.",
          deadline.toMillis());
    } catch (ExecutionException e) {
      LOG.debug("diagnosis of {} failed", settings.displayName(), e.getCause());
      return inconclusive(settings, FindingCode.INFLUX_UNEXPECTED_RESPONSE,
          "The diagnosis stopped with an internal error",
          "influx-check hit an internal error (" + e.getCause().getClass().getSimpleName()
              + "); run with --verbose for details and report it.", 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return inconclusive(settings, FindingCode.INFLUX_TIMEOUT, "Interrupted", "The diagnosis was interrupted.", 0);
    }
  }

  private Report inconclusive(DataSourceSettings settings, FindingCode code, String title, String cause, long durationMs) {
    Finding finding = Finding.of(code, title, cause,
        List.of(Evidence.note("influxdb", settings.url(), cause)),
        Fix.of("Check that " + (settings.url().isEmpty() ? "the server" : settings.url())
            + " answers, e.g. curl -sS -i --max-time 5 " + settings.url() + "/ping"));
    DataSourceRef ref = new DataSourceRef(settings.name(), settings.uid(), settings.url(), settings.queryLanguage(), "", "");
    return new Report(ref, Verdict.INCONCLUSIVE, ServerInfo.unknown(), List.of(finding), null, durationMs, clock.instant());
  }
}
