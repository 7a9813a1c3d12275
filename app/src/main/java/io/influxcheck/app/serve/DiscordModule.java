package io.influxcheck.app.serve;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.influxcheck.config.DiscordSettings;
import io.influxcheck.core.chat.ChatAdapter;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.discord.DiscordChatAdapter;
import io.influxcheck.discord.EmbedRenderer;

/** The Discord bot of the {@code discord:} section; installed only when that section exists. No I/O here: {@code serve} starts it. */
public final class DiscordModule extends AbstractModule {
  private final DiscordSettings settings;
  private final String runbookUrl;

  /** @param runbookUrl the configured {@code runbookUrl}, empty when there is none */
  public DiscordModule(DiscordSettings settings, String runbookUrl) {
    this.settings = settings;
    this.runbookUrl = runbookUrl;
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), ChatAdapter.class);
  }

  @ProvidesIntoSet
  ChatAdapter discord(CommandHandler handler, EmbedRenderer renderer) {
    return new DiscordChatAdapter(settings, handler, renderer);
  }

  @Provides
  EmbedRenderer renderer() {
    return new EmbedRenderer(runbookUrl);
  }
}
