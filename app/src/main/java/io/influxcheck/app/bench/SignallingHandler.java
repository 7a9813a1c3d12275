package io.influxcheck.app.bench;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.report.ProgressListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** Passes every command to the real handler and tells the benchmark when the reply was ready (its nanoTime). */
final class SignallingHandler implements CommandHandler {
  private final CommandHandler delegate;
  private final AtomicReference<CompletableFuture<Long>> next = new AtomicReference<>(new CompletableFuture<>());

  SignallingHandler(CommandHandler delegate) {
    this.delegate = delegate;
  }

  /** Completes when the next command's reply is ready; call before sending the command. */
  CompletableFuture<Long> expectReply() {
    CompletableFuture<Long> reply = new CompletableFuture<>();
    next.set(reply);
    return reply;
  }

  @Override
  public Reply handle(Command command, Requester requester, ProgressListener progress) {
    Reply reply = delegate.handle(command, requester, progress);
    next.get().complete(System.nanoTime());
    return reply;
  }

  @Override
  public List<DataSourceEntry> knownDataSources() {
    return delegate.knownDataSources();
  }
}
