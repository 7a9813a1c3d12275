package io.influxcheck.discord;

import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.ProgressListener;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Ticks the live checklist on Discord without flooding it: at most one edit is in flight, and while it
 * is, newer snapshots replace each other so only the latest is sent next. {@link #finish()} stops the
 * updates and completes once the last edit has landed, so the final report is never overwritten by a
 * late checklist. Called from probe threads; never blocks them and never throws.
 */
final class LiveProgress implements ProgressListener {
  private final Function<Checklist, CompletableFuture<?>> send;
  private Checklist pending;
  private boolean inFlight;
  private boolean finished;
  private CompletableFuture<Void> idle = CompletableFuture.completedFuture(null);

  LiveProgress(Function<Checklist, CompletableFuture<?>> send) {
    this.send = send;
  }

  @Override
  public void onProgress(Checklist checklist) {
    synchronized (this) {
      if (finished) {
        return;
      }
      pending = checklist;
      if (inFlight) {
        return;
      }
      inFlight = true;
      idle = new CompletableFuture<>();
    }
    sendNext();
  }

  /** Stops further updates; the future completes when no checklist edit is in flight any more. */
  synchronized CompletableFuture<Void> finish() {
    finished = true;
    pending = null;
    return idle;
  }

  private void sendNext() {
    Checklist next;
    synchronized (this) {
      next = pending;
      pending = null;
      if (next == null) {
        inFlight = false;
        idle.complete(null);
        return;
      }
    }
    CompletableFuture<?> sent;
    try {
      sent = send.apply(next);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.whenComplete((ok, failure) -> sendNext());
  }
}
