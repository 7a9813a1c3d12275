package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.command.Command;
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
}
