package io.influxcheck.app.bench;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts the requests the bot sends to Grafana, as an OkHttp interceptor on the bot's Grafana client: the
 * bot's own view of how many calls it made, whatever Grafana does with them. It can also hold each health
 * check for a while before sending it, to model a real Grafana, whose health check queries InfluxDB and so
 * takes tens of milliseconds, where the lab's answers in well under one.
 */
final class GrafanaCallCounter implements Interceptor {
  private final AtomicLong all = new AtomicLong();
  private final AtomicLong healthChecks = new AtomicLong();
  private volatile long healthLatencyMillis;

  @Override
  public Response intercept(Chain chain) throws IOException {
    all.incrementAndGet();
    String path = chain.request().url().encodedPath();
    if (path.startsWith("/api/datasources/") && path.endsWith("/health")) {
      healthChecks.incrementAndGet();
      holdFor(healthLatencyMillis);
    }
    return chain.proceed(chain.request());
  }

  /** From now on, each health check waits this long before it is sent (0: not at all). */
  void modelHealthLatency(long millis) {
    healthLatencyMillis = millis;
  }

  private static void holdFor(long millis) throws IOException {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis); // models Grafana's own work; not a synchronisation
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while modelling Grafana's latency");
    }
  }

  /** Data-source health checks ({@code GET /api/datasources/uid/UID/health}) so far. */
  long healthChecks() {
    return healthChecks.get();
  }

  long all() {
    return all.get();
  }
}
