package io.influxcheck.app.bench;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts the requests the bot sends to Grafana, as an OkHttp interceptor on the bot's Grafana client: the
 * bot's own view of how many calls it made, whatever Grafana does with them.
 */
final class GrafanaCallCounter implements Interceptor {
  private final AtomicLong all = new AtomicLong();
  private final AtomicLong healthChecks = new AtomicLong();

  @Override
  public Response intercept(Chain chain) throws IOException {
    all.incrementAndGet();
    String path = chain.request().url().encodedPath();
    if (path.startsWith("/api/datasources/") && path.endsWith("/health")) {
      healthChecks.incrementAndGet();
    }
    return chain.proceed(chain.request());
  }

  /** Data-source health checks ({@code GET /api/datasources/uid/UID/health}) so far. */
  long healthChecks() {
    return healthChecks.get();
  }

  long all() {
    return all.get();
  }
}
