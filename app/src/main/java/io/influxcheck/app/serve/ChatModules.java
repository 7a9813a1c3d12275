package io.influxcheck.app.serve;

import com.google.inject.Module;
import io.influxcheck.config.InfluxCheckConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The Guice modules of the chat apps the configuration has a section for. Each adds its
 * {@link io.influxcheck.core.chat.ChatAdapter} to the set {@code serve} starts; a new chat app is one line here.
 */
public final class ChatModules {
  private ChatModules() { }

  public static List<Module> forConfig(InfluxCheckConfig config) {
    List<Module> modules = new ArrayList<>();
    String runbookUrl = config.runbookUrl().map(URI::toString).orElse("");
    config.slack().ifPresent(slack -> modules.add(new SlackModule(slack, runbookUrl)));
    config.discord().ifPresent(discord -> modules.add(new DiscordModule(discord, runbookUrl)));
    return modules;
  }
}
