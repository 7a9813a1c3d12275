package io.influxcheck.lab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.RootCause;
import io.influxcheck.core.diagnosis.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue's shape: every finding code covered, a healthy scenario per server, stable names and order. */
class ScenarioCoverageTest {
  private final List<Scenario> all = ScenarioCatalogue.all();

  @Test
  void everyFindingCodeIsExpectedBySomeScenario() {
    Set<FindingCode> covered = EnumSet.noneOf(FindingCode.class);
    all.forEach(s -> covered.addAll(s.expectedCodes()));
    assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).as("finding codes no scenario produces").isEmpty();
  }

  @Test
  void everyKindOfServerHasAHealthyScenario() {
    Set<ScenarioServer> healthy = EnumSet.noneOf(ScenarioServer.class);
    all.stream().filter(ScenarioCatalogue::isHealthyBaseline).forEach(s -> healthy.add(s.server()));
    assertThat(healthy).containsExactlyInAnyOrder(ScenarioServer.INFLUXDB_2, ScenarioServer.INFLUXDB_1_8,
        ScenarioServer.INFLUXDB_1_6, ScenarioServer.INFLUXDB_3, ScenarioServer.GRAFANA);
  }

  @Test
  void healthyScenariosComeFirstThenByRootCause() {
    int firstProblem = 0;
    while (firstProblem < all.size() && ScenarioCatalogue.isHealthyBaseline(all.get(firstProblem))) {
      firstProblem++;
    }
    List<Scenario> rest = all.subList(firstProblem, all.size());
    assertThat(firstProblem).isGreaterThanOrEqualTo(5);
    assertThat(rest).noneMatch(ScenarioCatalogue::isHealthyBaseline);
    assertThat(rest).extracting(ScenarioCatalogue::rootCause).isSortedAccordingTo(RootCause::compareTo);
    assertThat(all.get(0).name()).isEqualTo("influx2-flux-healthy");
  }

  @Test
  void namesAreUniqueAndFindable() {
    assertThat(all).extracting(Scenario::name).doesNotHaveDuplicates();
    assertThat(ScenarioCatalogue.find("INFLUX2-FLUX-TOKEN-INVALID")).map(Scenario::name).contains("influx2-flux-token-invalid");
    assertThat(ScenarioCatalogue.find("no-such-scenario")).isEmpty();
    assertThat(ScenarioCatalogue.find(null)).isEmpty();
  }

  @Test
  void aProblemScenarioIsNeverExpectedToBeHealthyWithAnError() {
    assertThat(all).filteredOn(s -> s.expectedVerdict() == Verdict.HEALTHY)
        .allSatisfy(s -> assertThat(s.expectedCodes()).noneMatch(c -> c.defaultSeverity() == io.influxcheck.core.diagnosis.Severity.ERROR));
  }

  @Test
  void namesMustBeKebabCase() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Scenario("Token Invalid", "x", ScenarioServer.INFLUXDB_2,
        Verdict.UNHEALTHY, Set.of(), lab -> null)).hasMessageContaining("kebab-case");
  }
}
