package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CommandParser;
import io.influxcheck.core.diagnosis.FindingCode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InfluxCheckCommandTest {
  private final GoldenFiles golden = new GoldenFiles(InfluxCheckCommandTest.class);

  @Test
  void theRegisteredCommandMatchesTheGoldenFile() {
    golden.assertMatches("influx-check", GoldenFiles.json(InfluxCheckCommand.definition()));
  }

  @Test
  void subcommandsMapToTheSharedGrammar() {
    assertThat(InfluxCheckCommand.toCommand("diagnose", "influx-prod", "", "")).isEqualTo(new Command.Diagnose("influx-prod"));
    assertThat(InfluxCheckCommand.toCommand("all", "", "", "")).isEqualTo(new Command.DiagnoseAll());
    assertThat(InfluxCheckCommand.toCommand("retest", " uid@prod ", "", "")).isEqualTo(new Command.Retest("uid@prod"));
    assertThat(InfluxCheckCommand.toCommand("list", "", "", "")).isEqualTo(new Command.ListDataSources());
    assertThat(InfluxCheckCommand.toCommand("runbook", "", "token-invalid", "")).isEqualTo(new Command.Runbook("TOKEN_INVALID"));
    assertThat(InfluxCheckCommand.toCommand("runbook", "", "", "")).isEqualTo(new Command.Runbook(""));
    assertThat(InfluxCheckCommand.toCommand("help", "", "", "")).isEqualTo(new Command.Help());
  }

  @Test
  void theChannelDefaultFillsAMissingDataSource() {
    assertThat(InfluxCheckCommand.toCommand("diagnose", "", "", "influx-prod")).isEqualTo(new Command.Diagnose("influx-prod"));
    assertThat(InfluxCheckCommand.toCommand("retest", "", "", "influx-prod")).isEqualTo(new Command.Retest("influx-prod"));
    assertThat(InfluxCheckCommand.toCommand("diagnose", "", "", "")).isEqualTo(new Command.DefaultAction());
  }

  @Test
  void badInputSaysWhatToFix() {
    assertThat(InfluxCheckCommand.toCommand("retest", "", "", "")).isInstanceOfSatisfying(Command.Invalid.class,
        invalid -> assertThat(invalid.message()).contains("datasource:NAME").contains("discord:"));
    assertThat(InfluxCheckCommand.toCommand("runbook", "", "token_invalud", "")).isInstanceOfSatisfying(Command.Invalid.class,
        invalid -> assertThat(invalid.suggestions()).contains("TOKEN_INVALID"));
    assertThat(InfluxCheckCommand.toCommand("diagnose", "x".repeat(201), "", "")).isInstanceOf(Command.Invalid.class);
    assertThat(InfluxCheckCommand.toCommand("frobnicate", "", "", "")).isInstanceOfSatisfying(Command.Invalid.class,
        invalid -> assertThat(invalid.message()).contains("restart `influx-check serve`"));
  }

  @Test
  void everySubcommandMeansWhatTheSameWordsMeanToTheCoreParser() {
    CommandParser parser = new CommandParser();
    assertThat(InfluxCheckCommand.toCommand("diagnose", "influx-prod", "", "")).isEqualTo(parser.parse("influx-prod"))
        .isEqualTo(parser.parse("diagnose influx-prod"));
    assertThat(InfluxCheckCommand.toCommand("all", "", "", "")).isEqualTo(parser.parse("all"));
    assertThat(InfluxCheckCommand.toCommand("retest", "uid@prod", "", "")).isEqualTo(parser.parse("retest uid@prod"));
    assertThat(InfluxCheckCommand.toCommand("list", "", "", "")).isEqualTo(parser.parse("list"));
    assertThat(InfluxCheckCommand.toCommand("help", "", "", "")).isEqualTo(parser.parse("help"));
    assertThat(InfluxCheckCommand.toCommand("diagnose", "", "", "")).isEqualTo(parser.parse(""));
    assertThat(InfluxCheckCommand.toCommand("runbook", "", "", "")).isEqualTo(parser.parse("runbook"));
    for (FindingCode code : FindingCode.values()) {
      for (String typed : List.of(code.name(), code.name().toLowerCase(Locale.ROOT).replace('_', '-'))) {
        assertThat(InfluxCheckCommand.toCommand("runbook", "", typed, "")).as(typed).isEqualTo(parser.parse("runbook " + typed));
      }
    }
    assertThat(InfluxCheckCommand.toCommand("runbook", "", "token_invalud", "")).isEqualTo(parser.parse("runbook token_invalud"));
    assertThat(InfluxCheckCommand.toCommand("runbook", "", "TOKEN INVALID", "")).isInstanceOf(Command.Invalid.class);
  }
}
