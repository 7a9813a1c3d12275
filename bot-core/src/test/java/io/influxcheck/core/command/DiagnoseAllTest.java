package io.influxcheck.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.SettingsOrigin;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.directory.DataSourceDirectory;
import io.influxcheck.core.directory.KnownDataSource;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.Report;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code all} diagnoses every data source, never more than {@code probes.concurrency} at once, reports in listing order. */
class DiagnoseAllTest {
  private final ExecutorService probes = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    probes.shutdownNow();
  }

  @Test
  void atMostConcurrencyDataSourcesAreDiagnosedAtOnce() throws Exception {
    List<DataSourceSettings> files = IntStream.rangeClosed(1, 5).mapToObj(i -> DataSourceSettings.builder("influx-" + i)
        .queryLanguage(QueryLanguage.FLUX).url("http://influxdb-" + i + ":8086")
        .origin(SettingsOrigin.file("/etc/grafana/provisioning/datasources/influx.yaml", i)).build()).toList();
    DataSourceDirectory directory = new DataSourceDirectory(List.of(), () -> files, probes, Clock.systemUTC(), Duration.ofSeconds(30));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    BlockingQueue<String> started = new LinkedBlockingQueue<>();
    CountDownLatch release = new CountDownLatch(1);
    DiagnoseAll all = new DiagnoseAll(directory, (KnownDataSource ds, io.influxcheck.core.report.ProgressListener p) -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      started.add(ds.ref().name());
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return new Report(ds.ref(), Verdict.HEALTHY, null, List.of(), new Checklist("", List.of()), 0, Instant.now());
    }, 2);

    CompletableFuture<List<Report>> reports = CompletableFuture.supplyAsync(all::run);
    assertThat(started.poll(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(started.poll(10, TimeUnit.SECONDS)).isNotNull();
    // both workers are held: a third diagnosis cannot have started
    assertThat(started.poll(300, TimeUnit.MILLISECONDS)).isNull();
    release.countDown();

    assertThat(reports.get(10, TimeUnit.SECONDS)).extracting(r -> r.datasource().name())
        .containsExactly("influx-1", "influx-2", "influx-3", "influx-4", "influx-5");
    assertThat(most.get()).isEqualTo(2);
  }
}
