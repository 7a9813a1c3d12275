package io.influxcheck.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandParserTest {
  private final CommandParser parser = new CommandParser();

  @Test
  void emptyTextIsTheDefaultAction() {
    assertThat(parser.parse("   ")).isInstanceOf(Command.DefaultAction.class);
  }

  @Test
  void aSingleWordDiagnosesThatDataSource() {
    assertThat(parser.parse("prod-influx")).isEqualTo(new Command.Diagnose("prod-influx"));
    assertThat(parser.parse("diagnose prod-influx")).isEqualTo(new Command.Diagnose("prod-influx"));
  }

  @Test
  void keywordsAreCaseInsensitive() {
    assertThat(parser.parse("ALL")).isInstanceOf(Command.DiagnoseAll.class);
    assertThat(parser.parse("List")).isInstanceOf(Command.ListDataSources.class);
    assertThat(parser.parse("help")).isInstanceOf(Command.Help.class);
    assertThat(parser.parse("Retest prod")).isEqualTo(new Command.Retest("prod"));
  }

  @Test
  void runbookTakesAnOptionalFindingCode() {
    assertThat(parser.parse("runbook")).isEqualTo(new Command.Runbook(""));
    assertThat(parser.parse("runbook token-invalid")).isEqualTo(new Command.Runbook("TOKEN_INVALID"));
    Command unknown = parser.parse("runbook token_invalud");
    assertThat(unknown).isInstanceOf(Command.Invalid.class);
    assertThat(((Command.Invalid) unknown).suggestions()).contains("TOKEN_INVALID");
  }

  @Test
  void retestWithoutTargetSaysWhatIsMissing() {
    Command c = parser.parse("retest");
    assertThat(c).isInstanceOf(Command.Invalid.class);
    assertThat(((Command.Invalid) c).message()).contains("NAME_OR_UID");
  }

  @Test
  void misspelledCommandGetsClosestKeyword() {
    Command c = parser.parse("retset prod-influx");
    assertThat(c).isInstanceOf(Command.Invalid.class);
    assertThat(((Command.Invalid) c).suggestions()).containsExactly("retest");
  }

  @Test
  void extraWordsAfterAKeywordWithoutArgumentsAreRejected() {
    assertThat(parser.parse("list everything")).isInstanceOf(Command.Invalid.class);
    assertThat(parser.parse("help me")).isInstanceOf(Command.Invalid.class);
  }

  @Test
  void dataSourceNamesMayContainSpaces() {
    assertThat(parser.parse("InfluxDB Prod")).isEqualTo(new Command.Diagnose("InfluxDB Prod"));
    assertThat(parser.parse("diagnose  InfluxDB 1.8 ")).isEqualTo(new Command.Diagnose("InfluxDB 1.8"));
    assertThat(parser.parse("retest InfluxDB Prod")).isEqualTo(new Command.Retest("InfluxDB Prod"));
  }

  @Test
  void aFirstWordFarFromEveryKeywordIsPartOfTheName() {
    assertThat(parser.parse("aws prod")).isEqualTo(new Command.Diagnose("aws prod"));
    assertThat(parser.parse("lists prod")).isInstanceOf(Command.Invalid.class);
  }

  @Test
  void oversizedTextIsRejectedWithoutEcho() {
    Command c = parser.parse("x".repeat(5000));
    assertThat(((Command.Invalid) c).message()).doesNotContain("xxxx");
  }
}
