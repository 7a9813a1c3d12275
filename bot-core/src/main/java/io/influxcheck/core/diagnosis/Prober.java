package io.influxcheck.core.diagnosis;

import io.influxcheck.core.probe.Deadline;
import io.influxcheck.core.probe.FailureKind;
import io.influxcheck.core.probe.HttpProbe;
import io.influxcheck.core.probe.ProbeRequest;
import io.influxcheck.core.probe.ProbeResult;
import io.influxcheck.core.probe.SentRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts probes on the shared executor so independent ones run at the same time, and waits for each
 * no longer than the diagnosis deadline allows.
 */
final class Prober {
  /** Extra wait past the deadline for a call that is already being cut off by its own timeout. */
  private static final long GRACE_MS = 250;

  private final HttpProbe probe;
  private final Executor executor;
  private final Deadline deadline;

  Prober(HttpProbe probe, Executor executor, Deadline deadline) {
    this.probe = probe;
    this.executor = executor;
    this.deadline = deadline;
  }

  Pending start(ProbeRequest request) {
    return new Pending(request, CompletableFuture.supplyAsync(() -> probe.send(request), executor));
  }

  ProbeResult send(ProbeRequest request) {
    return start(request).result();
  }

  /** A probe in flight. */
  final class Pending {
    private final ProbeRequest request;
    private final CompletableFuture<ProbeResult> future;

    private Pending(ProbeRequest request, CompletableFuture<ProbeResult> future) {
      this.request = request;
      this.future = future;
    }

    ProbeResult result() {
      try {
        return future.get(deadline.remaining().toMillis() + GRACE_MS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        return deadlineFailure();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return deadlineFailure();
      } catch (ExecutionException e) {
        SentRequest sent = new SentRequest(request.method(), request.path(), request.auth());
        return new ProbeResult.TransportFailure(sent, FailureKind.IO, "probe failed: " + e.getCause().getClass().getSimpleName(), 0);
      }
    }

    private ProbeResult deadlineFailure() {
      SentRequest sent = new SentRequest(request.method(), request.path(), request.auth());
      return new ProbeResult.TransportFailure(sent, FailureKind.TIMEOUT, "no answer before the diagnosis deadline", 0);
    }
  }
}
