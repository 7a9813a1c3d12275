package io.influxcheck.slack;

import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.ProgressListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the core's checklist snapshots into at most one message update per interval: the first
 * snapshot is shown at once, later ones are merged and shown when the interval has passed. Probe
 * threads only record the snapshot; sending happens on the scheduler. After {@link #stop()} returns
 * no progress update is in flight or will be sent, so the caller's final message is always last.
 */
final class ProgressCoalescer implements ProgressListener {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressCoalescer.class);

  private final MessageSink sink;
  private final Function<Collection<Checklist>, SlackMessage> render;
  private final ScheduledExecutorService scheduler;
  private final long intervalNanos;
  private final Object sendLock = new Object();
  private final Map<String, Checklist> latest = new LinkedHashMap<>();
  private boolean scheduled;
  private boolean stopped;
  private boolean dirty;
  private long lastSentNanos;
  private boolean sentOnce;

  ProgressCoalescer(MessageSink sink, Function<Collection<Checklist>, SlackMessage> render, ScheduledExecutorService scheduler,
      Duration interval) {
    this.sink = sink;
    this.render = render;
    this.scheduler = scheduler;
    this.intervalNanos = interval.toNanos();
  }

  @Override
  public void onProgress(Checklist checklist) {
    if (!sink.canUpdate()) {
      return;
    }
    synchronized (this) {
      if (stopped) {
        return;
      }
      latest.put(checklist.title(), checklist);
      dirty = true;
      if (scheduled) {
        return;
      }
      scheduled = true;
      long delay = sentOnce ? Math.max(0, lastSentNanos + intervalNanos - System.nanoTime()) : 0;
      try {
        scheduler.schedule(this::flush, delay, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        scheduled = false;
      }
    }
  }

  private void flush() {
    synchronized (sendLock) {
      SlackMessage message;
      synchronized (this) {
        scheduled = false;
        if (stopped || !dirty) {
          return;
        }
        dirty = false;
        message = render.apply(new ArrayList<>(latest.values()));
        // Counted from the start of the send: snapshots that arrive while this update is in flight
        // wait for the next interval instead of following it at once.
        lastSentNanos = System.nanoTime();
        sentOnce = true;
      }
      try {
        sink.show(message);
      } catch (DeliveryException | RuntimeException e) {
        LOG.warn("Could not update the live checklist: {}", e.getMessage());
      }
    }
  }

  /** No more progress updates; waits for one in flight to finish. */
  void stop() {
    synchronized (this) {
      stopped = true;
    }
    synchronized (sendLock) {
      // an update that started before stop() has now finished
    }
  }
}
