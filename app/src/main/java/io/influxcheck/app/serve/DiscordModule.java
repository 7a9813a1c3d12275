package io.influxcheck.app.serve;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.influxcheck.config.DiscordSettings;
import io.influxcheck.core.chat.ChatAdapter;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.discord.DiscordChatAdapter;

/** The Discord bot of the {@code discord:} section; installed only when that section exists. No I/O here: {@code serve} starts it. */
public final class DiscordModule extends AbstractModule {
  private final DiscordSettings settings;

  public DiscordModule(DiscordSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), ChatAdapter.class);
  }

  @ProvidesIntoSet
  ChatAdapter discord(CommandHandler handler) {
    return new DiscordChatAdapter(settings, handler);
  }
}
