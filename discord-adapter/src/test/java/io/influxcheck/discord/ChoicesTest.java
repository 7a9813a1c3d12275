package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.report.DataSourceRef;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class ChoicesTest {
  @Test
  void prefixMatchesComeFirstThenSubstringMatches() {
    List<DataSourceEntry> known = List.of(entry("legacy-influx", "l1"), entry("influx-prod", "p1"), entry("staging", "s1"));

    List<Command.Choice> choices = Choices.dataSources(known, "INFL");

    assertThat(choices).extracting(Command.Choice::getAsString).containsExactly("p1@prod", "l1@prod");
    assertThat(choices.get(0).getName()).isEqualTo("influx-prod · p1 · prod");
  }

  @Test
  void atMostTwentyFiveChoicesOfAtMostOneHundredCharacters() {
    List<DataSourceEntry> known = IntStream.range(0, 40).mapToObj(i -> entry("influx-" + i + "-" + "n".repeat(120), "u" + i)).toList();

    List<Command.Choice> choices = Choices.dataSources(known, "");

    assertThat(choices).hasSize(25).allSatisfy(c -> assertThat(c.getName()).hasSizeLessThanOrEqualTo(100));
  }

  @Test
  void findingCodesCompleteFromAnyPart() {
    assertThat(Choices.codes("token-inv")).extracting(Command.Choice::getAsString).containsExactly("TOKEN_INVALID", "GRAFANA_TOKEN_INVALID");
    assertThat(Choices.codes("")).hasSize(25);
  }

  private static DataSourceEntry entry(String name, String uid) {
    return new DataSourceEntry(new DataSourceRef(name, uid, "http://influx:8086", QueryLanguage.FLUX, "prod", ""), "grafana prod");
  }
}
