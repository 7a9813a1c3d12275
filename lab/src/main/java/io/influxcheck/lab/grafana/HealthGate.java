package io.influxcheck.lab.grafana;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Holds health checks open until the test releases them, so a concurrency test can keep a call in
 * flight without sleeping. Obtain one with {@link GrafanaState#holdHealthChecks()}; closing it releases.
 */
public final class HealthGate implements AutoCloseable {
  /** A held call gives up after this long so a forgotten gate never hangs a build. */
  static final Duration MAX_HOLD = Duration.ofSeconds(30);

  private final CountDownLatch open = new CountDownLatch(1);
  private final Semaphore arrived = new Semaphore(0);

  HealthGate() {}

  /** Called by the health route: records the arrival, then waits for {@link #release()}. */
  void pass() throws InterruptedException {
    arrived.release();
    open.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Waits until {@code calls} more health checks are being held (each arrival is counted once).
   *
   * @return false if they did not arrive within {@code timeout}
   */
  public boolean awaitHeld(int calls, Duration timeout) throws InterruptedException {
    return arrived.tryAcquire(calls, timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Lets every held and future health check through. */
  public void release() {
    open.countDown();
  }

  @Override
  public void close() {
    release();
  }
}
