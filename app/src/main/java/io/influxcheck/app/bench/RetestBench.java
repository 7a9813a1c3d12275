package io.influxcheck.app.bench;

import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import io.influxcheck.lab.scenario.LabData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Part 3: the Re-test button's work, {@code RetestService} (Grafana's data-source health check), on the lab
 * Grafana's healthy data source. First one re-test at a time; then waves of simultaneous re-tests, counting
 * the health calls the bot sent to Grafana per wave (single-flight should make it one).
 */
final class RetestBench {
  /** A real Grafana's health check of an InfluxDB data source runs a query: tens of milliseconds at least. */
  static final long MODELLED_GRAFANA_HEALTH_MILLIS = 50;
  private static final long WAVE_LIMIT_SECONDS = 30;

  private final LabBot bot;

  RetestBench(LabBot bot) {
    this.bot = bot;
  }

  Latency sequential(int warmup, int iterations) {
    DataSourceRef ref = bot.dataSource(LabData.DS_HEALTHY);
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    Stats stats = Stopwatch.measure(warmup, iterations, () -> {
      RetestResult result = bot.retest().retest(ref, "bench");
      if (runs.incrementAndGet() > warmup && result.current().status() == HealthStatus.OK) {
        ok.incrementAndGet();
      }
    });
    return new Latency(LabData.DS_HEALTHY, "Re-test through Grafana's health API, one at a time", stats,
        ok.get() + "/" + iterations + " answered OK", ok.get() == iterations);
  }

  /**
   * @param healthLatencyMillis how long each health call is held before it is sent (a real Grafana's health check takes
   *     tens of milliseconds; with 0, a caller scheduled late may find the sub-millisecond flight over and start its own)
   */
  SingleFlightRun waves(int waves, int callers, long healthLatencyMillis) throws InterruptedException {
    DataSourceRef ref = bot.dataSource(LabData.DS_HEALTHY);
    bot.grafanaCalls().modelHealthLatency(healthLatencyMillis);
    ExecutorService pool = Executors.newFixedThreadPool(callers, runnable -> {
      Thread thread = new Thread(runnable, "bench-retester");
      thread.setDaemon(true);
      return thread;
    });
    try {
      long total = 0;
      long most = 0;
      int single = 0;
      long[] durations = new long[waves];
      for (int w = 0; w < waves; w++) {
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RetestResult>> answers = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
          String who = "caller-" + c;
          answers.add(pool.submit(() -> {
            ready.countDown();
            go.await();
            return bot.retest().retest(ref, who);
          }));
        }
        if (!ready.await(WAVE_LIMIT_SECONDS, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the re-test callers did not start within " + WAVE_LIMIT_SECONDS + " s");
        }
        long before = bot.grafanaCalls().healthChecks();
        long start = System.nanoTime();
        go.countDown();
        for (Future<RetestResult> answer : answers) {
          await(answer);
        }
        durations[w] = System.nanoTime() - start;
        long calls = bot.grafanaCalls().healthChecks() - before;
        total += calls;
        most = Math.max(most, calls);
        single += calls == 1 ? 1 : 0;
      }
      return new SingleFlightRun(healthLatencyMillis, waves, callers, total, single, most, Stats.ofNanos(durations));
    } finally {
      bot.grafanaCalls().modelHealthLatency(0);
      pool.shutdownNow();
    }
  }

  private static void await(Future<RetestResult> answer) throws InterruptedException {
    try {
      answer.get(WAVE_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("a re-test failed: " + e, e);
    }
  }
}
