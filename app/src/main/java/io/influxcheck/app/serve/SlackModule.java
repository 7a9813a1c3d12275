package io.influxcheck.app.serve;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.influxcheck.config.SlackSettings;
import io.influxcheck.core.chat.ChatAdapter;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.slack.BlockKitRenderer;
import io.influxcheck.slack.SlackAdapter;

/** The Slack app of the {@code slack:} section; installed only when that section exists. No I/O here: {@code serve} starts it. */
public final class SlackModule extends AbstractModule {
  private final SlackSettings settings;
  private final String runbookUrl;

  /** @param runbookUrl the configured {@code runbookUrl}, empty when there is none */
  public SlackModule(SlackSettings settings, String runbookUrl) {
    this.settings = settings;
    this.runbookUrl = runbookUrl;
  }

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), ChatAdapter.class);
  }

  @ProvidesIntoSet
  ChatAdapter slack(CommandHandler handler, BlockKitRenderer renderer) {
    return new SlackAdapter(settings, handler, renderer);
  }

  @Provides
  BlockKitRenderer renderer() {
    return new BlockKitRenderer(runbookUrl);
  }

  @Provides
  SlackSettings settings() {
    return settings;
  }
}
