package io.influxcheck.app.serve;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.influxcheck.app.grafana.HandlerFactory;
import io.influxcheck.core.command.CommandHandler;

/**
 * The core command handler the chat adapters share: the configured Grafanas, the provisioning files,
 * the direct diagnoser and the re-test service (one single-flight for every chat app), built by
 * {@link io.influxcheck.core.command.CoreCommandHandlers#fromConfig} exactly as the CLI builds it.
 */
public final class CommandHandlerModule extends AbstractModule {
  @Provides
  @Singleton
  CommandHandler handler(HandlerFactory handlers) {
    return handlers.handler();
  }
}
