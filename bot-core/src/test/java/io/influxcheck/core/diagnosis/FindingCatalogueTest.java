package io.influxcheck.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingCatalogueTest {

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyCodeHasACompleteEntry(FindingCode code) {
    RunbookEntry entry = FindingCatalogue.entry(code);

    assertThat(entry.code()).isEqualTo(code);
    assertThat(entry.meaning()).isNotBlank();
    assertThat(entry.confirmByHand()).isNotBlank();
    assertThat(entry.fix()).isNotBlank();
  }

  @Test
  void entriesFollowTheCodeOrderOnce() {
    List<FindingCode> codes = FindingCatalogue.entries().stream().map(RunbookEntry::code).toList();

    assertThat(codes).containsExactly(FindingCode.values());
  }

  @Test
  void handCommandsUsePlaceholdersNeverLiteralSecrets() {
    for (RunbookEntry entry : FindingCatalogue.entries()) {
      String text = entry.confirmByHand() + "\n" + entry.fix();
      assertThat(text).as(entry.code().name())
          .doesNotContainPattern("(Token|Bearer) [^$<]")
          .doesNotContainPattern("-u [a-z]+:[a-z]{6,}\\b(?<!wrong)");
    }
  }

  @Test
  void workflowIsOrderedAndNonEmpty() {
    assertThat(FindingCatalogue.workflow()).hasSizeGreaterThan(5).allMatch(step -> !step.isBlank());
    assertThat(FindingCatalogue.workflow().get(1)).contains("/ping");
  }

  @Test
  void influxCodesAndGrafanaCodesAreBothCovered() {
    EnumSet<FindingCode> covered = EnumSet.noneOf(FindingCode.class);
    covered.addAll(InfluxRunbook.entries().keySet());
    covered.addAll(GrafanaRunbook.entries().keySet());
    assertThat(covered).isEqualTo(EnumSet.allOf(FindingCode.class));
  }
}
