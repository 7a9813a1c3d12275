package io.influxcheck.slack;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.ProgressListener;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A {@link CommandHandler} for adapter tests: records every command, reports the given checklist
 * snapshots one by one, each followed by a gate the test opens ({@link #step()}), then answers with
 * the scripted reply.
 */
final class ScriptedCommandHandler implements CommandHandler {
  record Call(Command command, Requester requester) { }

  private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  private final BlockingQueue<CountDownLatch> gates = new LinkedBlockingQueue<>();
  private volatile List<Checklist> snapshots = List.of();
  private volatile boolean gated;
  private volatile Function<Command, Reply> replies;

  ScriptedCommandHandler(Function<Command, Reply> replies) {
    this.replies = replies;
  }

  /** From now on, report these snapshots; with {@code gated}, wait for {@link #step()} after each one and before answering. */
  ScriptedCommandHandler progress(List<Checklist> checklists, boolean gate) {
    this.snapshots = List.copyOf(checklists);
    this.gated = gate;
    return this;
  }

  void answer(Function<Command, Reply> newReplies) {
    this.replies = newReplies;
  }

  /** Lets a gated diagnosis go on past its next gate. */
  void step() {
    CountDownLatch gate = new CountDownLatch(0);
    gates.add(gate);
  }

  Call awaitCall() throws InterruptedException {
    Call call = calls.poll(20, TimeUnit.SECONDS);
    if (call == null) {
      throw new AssertionError("The handler was not called");
    }
    return call;
  }

  List<Call> pendingCalls() {
    return List.copyOf(calls);
  }

  @Override
  public Reply handle(Command command, Requester requester, ProgressListener progress) {
    calls.add(new Call(command, requester));
    for (Checklist snapshot : snapshots) {
      progress.onProgress(snapshot);
      waitForGate();
    }
    return replies.apply(command);
  }

  private void waitForGate() {
    if (!gated) {
      return;
    }
    try {
      if (gates.poll(20, TimeUnit.SECONDS) == null) {
        throw new IllegalStateException("test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<DataSourceEntry> knownDataSources() {
    return List.of();
  }
}
