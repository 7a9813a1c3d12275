package io.influxcheck.app.serve;

import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.app.cli.Terminal;
import io.influxcheck.app.cli.UsageError;
import io.influxcheck.config.DiscordSettings;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.discord.DiscordInvite;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code influx-check discord-invite}: the URL that adds the Discord bot to a server. Offline: no call to Discord. */
@Command(name = "discord-invite", mixinStandardHelpOptions = true,
    description = "Print the URL that adds the bot of the discord: section to a Discord server, with exactly the "
        + "scopes and permissions it needs.")
public final class DiscordInviteCommand implements Callable<Integer> {
  @Option(names = "--config", paramLabel = "FILE", description = "influx-check.yaml with a discord: section.")
  Path config;

  @Option(names = "--application-id", paramLabel = "ID",
      description = "The application id (Developer Portal, General Information); read from discord.token when left out.")
  String applicationId;

  private final InfluxCheckConfig configuration;
  private final Terminal terminal;

  @Inject
  DiscordInviteCommand(InfluxCheckConfig configuration, Terminal terminal) {
    this.configuration = configuration;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Optional<DiscordSettings> discord = configuration.discord();
    String id = applicationId != null ? checked(applicationId) : discord.map(this::fromToken).orElseThrow(() -> new UsageError(
        "No discord: section in " + configuration.file().map(Path::toString).orElse("the configuration")
            + ": add discord.token (see the README's Discord section), or pass --application-id ID."));
    List<String> guilds = discord.map(DiscordSettings::guilds).orElse(List.of());
    terminal.out().println(DiscordInvite.url(id, guilds));
    terminal.out().flush();
    terminal.note("Scopes: " + String.join(", ", DiscordInvite.SCOPES) + ". Permissions: none; the bot answers only "
        + "through each command's own interaction, which needs no channel permission."
        + (guilds.size() == 1 ? " The URL preselects guild " + guilds.get(0) + "." : ""));
    return ExitCode.HEALTHY;
  }

  private String fromToken(DiscordSettings discord) {
    return DiscordInvite.applicationId(discord.token()).orElseThrow(() -> new UsageError(
        "discord.token (" + discord.token().describe() + ") does not look like a bot token, so it names no application: "
            + "copy the token again (Developer Portal, Bot, Reset Token), or pass --application-id ID "
            + "(Developer Portal, General Information, Application ID)."));
  }

  private static String checked(String id) {
    if (!DiscordInvite.isId(id.strip())) {
      throw new UsageError("--application-id must be a Discord id like 123456789012345678, not `" + id + "`.");
    }
    return id.strip();
  }
}
