package io.influxcheck.discord;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CommandParser;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The {@code /influx-check} application command: one subcommand per word of the grammar the Slack
 * adapter parses (diagnose, all, retest, list, runbook, help), with autocompleted options, and the
 * translation of a chosen subcommand into the core's {@link Command}.
 */
final class InfluxCheckCommand {
  static final String NAME = "influx-check";
  static final String DATASOURCE = "datasource";
  static final String CODE = "code";
  private static final int MAX_OPTION_LENGTH = 200;
  private static final CommandParser PARSER = new CommandParser();

  private InfluxCheckCommand() { }

  static SlashCommandData definition() {
    return Commands.slash(NAME, "Find out why Grafana's InfluxDB data source answers 401 unauthorized")
        .setContexts(InteractionContextType.GUILD)
        .addSubcommands(
            new SubcommandData("diagnose", "Diagnose one data source (the channel's default when left out)")
                .addOptions(dataSourceOption()),
            new SubcommandData("all", "Diagnose every data source"),
            new SubcommandData("retest", "Re-run Grafana's health check of a data source")
                .addOptions(dataSourceOption()),
            new SubcommandData("list", "List the data sources the bot knows"),
            new SubcommandData("runbook", "The on-call runbook, or the entry of one finding code")
                .addOptions(new OptionData(OptionType.STRING, CODE, "A finding code, e.g. TOKEN_INVALID", false, true)),
            new SubcommandData("help", "How to use influx-check"));
  }

  private static OptionData dataSourceOption() {
    return new OptionData(OptionType.STRING, DATASOURCE, "Data source name or uid (start typing to pick one)", false, true);
  }

  /**
   * @param datasource the option as typed or picked, or empty
   * @param code the runbook code option, or empty
   * @param channelDefault the channel's default data source, or empty
   */
  static Command toCommand(String subcommand, String datasource, String code, String channelDefault) {
    String target = datasource.isBlank() ? channelDefault : datasource.strip();
    if (target.length() > MAX_OPTION_LENGTH || code.length() > MAX_OPTION_LENGTH) {
      return new Command.Invalid("That option is too long (at most " + MAX_OPTION_LENGTH + " characters).", List.of());
    }
    switch (subcommand == null ? "" : subcommand) {
      case "diagnose":
        return target.isEmpty() ? new Command.DefaultAction() : new Command.Diagnose(target);
      case "retest":
        return target.isEmpty()
            ? new Command.Invalid("`retest` needs a data source: `/influx-check retest datasource:NAME` "
                + "(or give this channel a default data source in the `discord:` section).", List.of())
            : new Command.Retest(target);
      case "all":
        return new Command.DiagnoseAll();
      case "list":
        return new Command.ListDataSources();
      case "runbook":
        return runbook(code.strip());
      case "help":
        return new Command.Help();
      default:
        return new Command.Invalid("Unknown subcommand `" + subcommand + "`; the bot's command list may be out of date "
            + "(restart `influx-check serve` to register it again).", List.of());
    }
  }

  /** The core parser reads the code, so a code (or a typo's suggestions) means the same on Slack and Discord. */
  private static Command runbook(String code) {
    if (code.isEmpty()) {
      return new Command.Runbook("");
    }
    if (code.chars().anyMatch(Character::isWhitespace)) {
      return new Command.Invalid("A finding code is one word, e.g. TOKEN_INVALID; got `" + code + "`.", List.of());
    }
    return PARSER.parse("runbook " + code);
  }
}
