package io.influxcheck.discord;

import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** Completes when JDA has loaded every guild, or fails when the gateway shuts the session down before that. */
final class ReadyGate extends ListenerAdapter {
  final CompletableFuture<Void> ready = new CompletableFuture<>();

  @Override
  public void onReady(ReadyEvent event) {
    ready.complete(null);
  }

  @Override
  public void onShutdown(ShutdownEvent event) {
    String reason = event.getCloseCode() == null ? "gateway close code " + event.getCode()
        : event.getCloseCode().getCode() + " " + event.getCloseCode().getMeaning();
    ready.completeExceptionally(new IllegalStateException("Discord ended the gateway session (" + reason + ")"));
  }
}
