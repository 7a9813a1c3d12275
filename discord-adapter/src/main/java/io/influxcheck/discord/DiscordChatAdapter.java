package io.influxcheck.discord;

import io.influxcheck.config.DiscordSettings;
import io.influxcheck.core.chat.ChatAdapter;
import io.influxcheck.core.command.CommandHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord bot: logs in with JDA, registers {@code /influx-check} (in the configured guilds, or
 * globally) and serves it until closed. No gateway intents beyond the guild events JDA always receives (no privileged intents);
 * transport compression is off so the gateway speaks plain JSON, the same in tests and production.
 */
public final class DiscordChatAdapter implements ChatAdapter {
  private static final Logger log = LoggerFactory.getLogger(DiscordChatAdapter.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
  private static final int WORKERS = 8;

  private final DiscordSettings settings;
  private final CommandHandler handler;
  private final EmbedRenderer renderer;
  private ExecutorService work;
  private JDA jda;

  public DiscordChatAdapter(DiscordSettings settings, CommandHandler handler) {
    this(settings, handler, new EmbedRenderer(""));
  }

  public DiscordChatAdapter(DiscordSettings settings, CommandHandler handler, EmbedRenderer renderer) {
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.handler = Objects.requireNonNull(handler, "handler is null");
    this.renderer = Objects.requireNonNull(renderer, "renderer is null");
  }

  @Override
  public String name() {
    return "discord";
  }

  @Override
  public synchronized void start() throws Exception {
    if (jda != null) {
      return;
    }
    if (settings.token().isEmpty()) {
      throw new IllegalStateException("discord.token is empty: set it to the bot token from the Developer Portal (Bot → Reset Token)");
    }
    work = Executors.newFixedThreadPool(WORKERS, daemonThreads());
    ReadyGate gate = new ReadyGate();
    try {
      jda = JDABuilder.createLight(settings.token().reveal(), EnumSet.noneOf(GatewayIntent.class))
          .setCompression(Compression.NONE)
          .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl().toString()))
          .setSessionController(new FixedGatewaySessionController(settings.gatewayUrl().toString()))
          .addEventListeners(gate, new InfluxCheckListener(handler, renderer, settings, work))
          .build();
      awaitReady(gate);
      registerCommands();
      log.info("Discord: connected as {} and serving /influx-check", jda.getSelfUser().getName());
    } catch (InvalidTokenException e) {
      close();
      throw new IllegalStateException("Discord rejected the bot token " + settings.token().describe()
          + ": copy it again from the Developer Portal (Bot → Reset Token) into discord.token");
    } catch (Exception e) {
      close();
      throw e;
    }
  }

  private void awaitReady(ReadyGate gate) throws Exception {
    try {
      gate.ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Discord's gateway at " + settings.gatewayUrl() + " did not get ready within "
          + READY_TIMEOUT.toSeconds() + " s: check that this host can open a WebSocket to it");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage() + ": check discord.token and discord.gatewayUrl", e.getCause());
    }
  }

  private void registerCommands() {
    SlashCommandData command = InfluxCheckCommand.definition();
    if (settings.guilds().isEmpty()) {
      jda.updateCommands().addCommands(command).complete();
      log.info("Discord: registered /influx-check globally (new global commands can take a while to appear)");
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String guildId : settings.guilds()) {
      Guild guild = jda.getGuildById(guildId);
      if (guild == null) {
        problems.add("the bot is not a member of guild " + guildId + " (invite it with the URL from `influx-check discord-invite`)");
        continue;
      }
      try {
        guild.updateCommands().addCommands(command).complete();
        log.info("Discord: registered /influx-check in guild {} ({})", guild.getName(), guildId);
      } catch (ErrorResponseException e) {
        problems.add("Discord refused to register /influx-check in guild " + guildId + " (" + e.getErrorCode() + " "
            + e.getMeaning() + "); invite the bot again with the URL from `influx-check discord-invite`");
      }
    }
    if (problems.size() == settings.guilds().size()) {
      throw new IllegalStateException("Discord: /influx-check is registered nowhere: " + String.join("; ", problems));
    }
    problems.forEach(problem -> log.warn("Discord: {}", problem));
  }

  @Override
  public synchronized void close() {
    if (jda != null) {
      // Lets edits already queued reach Discord, then gives up on whatever is still pending.
      jda.shutdown();
      try {
        if (!jda.awaitShutdown(SHUTDOWN_GRACE)) {
          jda.shutdownNow();
        }
      } catch (InterruptedException e) {
        jda.shutdownNow();
        Thread.currentThread().interrupt();
      }
      jda = null;
    }
    if (work != null) {
      work.shutdownNow();
      work = null;
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "influx-check-discord-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
