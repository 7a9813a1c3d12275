package io.influxcheck.lab.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Every request a simulator received, in arrival order. Thread-safe. */
public final class CallLog {
  private final List<RecordedCall> all = new CopyOnWriteArrayList<>();
  private final BlockingQueue<RecordedCall> untaken = new LinkedBlockingQueue<>();

  void record(RecordedCall call) {
    all.add(call);
    untaken.add(call);
  }

  /** All calls so far (a snapshot). */
  public List<RecordedCall> all() {
    return List.copyOf(all);
  }

  public int count() {
    return all.size();
  }

  /**
   * The oldest call not yet taken, waiting up to {@code timeout} for one to arrive.
   *
   * @throws AssertionError when none arrives in time (meant for tests)
   */
  public RecordedCall take(Duration timeout) {
    try {
      RecordedCall call = untaken.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (call == null) {
        throw new AssertionError("no request arrived within " + timeout);
      }
      return call;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request", e);
    }
  }

  public void clear() {
    all.clear();
    untaken.clear();
  }
}
