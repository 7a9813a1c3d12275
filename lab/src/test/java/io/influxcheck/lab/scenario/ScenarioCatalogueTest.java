package io.influxcheck.lab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario, run against the real lab with the real diagnosis, yields its expected verdict and codes. */
class ScenarioCatalogueTest {
  private static Lab lab;
  private static ScenarioRunner runner;
  private static final Map<String, ScenarioOutcome> OUTCOMES = new LinkedHashMap<>();

  @BeforeAll
  static void runEveryScenario() {
    lab = Lab.start();
    runner = new ScenarioRunner(lab);
    for (ScenarioOutcome outcome : runner.runAll(ScenarioCatalogue.all())) {
      OUTCOMES.put(outcome.scenario().name(), outcome);
    }
  }

  @AfterAll
  static void stop() {
    runner.close();
    lab.close();
  }

  static List<Scenario> scenarios() {
    return ScenarioCatalogue.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void yieldsItsExpectedVerdictAndCodes(Scenario scenario) {
    ScenarioOutcome outcome = OUTCOMES.get(scenario.name());
    assertThat(outcome.report()).as("%s: %s", scenario.name(), outcome.failure()).isPresent();
    Report report = outcome.report().get();
    assertThat(outcome.mismatch()).as("%s gave %s %s%n%s", scenario.name(), report.verdict(), outcome.codes(), describe(report)).isEmpty();
    assertThat(outcome.asExpected()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void aHealthyScenarioHasNothingToWarnAbout(Scenario scenario) {
    Report report = OUTCOMES.get(scenario.name()).report().orElseThrow();
    if (ScenarioCatalogue.isHealthyBaseline(scenario)) {
      assertThat(report.findings()).as(describe(report)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    } else if (scenario.expectedVerdict() != Verdict.HEALTHY) {
      assertThat(report.verdict()).isNotEqualTo(Verdict.HEALTHY);
    }
  }

  /** Through Grafana alone, Flux's 404 is the same for a missing and an unreadable bucket (facts A.1): the finding says both. */
  @Test
  void throughGrafanaOnlyAnUnreadableBucketIsNotClaimedToBeMissing() {
    Report report = OUTCOMES.get("grafana-health-misleading").report().orElseThrow();
    Finding bucket = report.findings().stream().filter(f -> f.code() == FindingCode.BUCKET_NOT_FOUND).findFirst().orElseThrow();
    assertThat(bucket.title()).contains("Bucket \"metrics\" not found or not readable by Grafana's token")
        .doesNotContain(FindingCode.BUCKET_NOT_FOUND.summary());
    assertThat(bucket.cause()).contains("cannot tell them apart");
    assertThat(bucket.fix().description()).contains("`datasources:` in influx-check.yaml");
    assertThat(bucket.fix().yaml()).contains("defaultBucket: metrics");
  }

  /** Directly, the buckets API tells them apart: the missing bucket keeps the plain "does not exist" wording. */
  @Test
  void directlyAMissingBucketIsToldApartFromAnUnreadableOne() {
    Report missing = OUTCOMES.get("influx2-flux-bucket-not-found").report().orElseThrow();
    assertThat(missing.findings()).extracting(Finding::code).contains(FindingCode.BUCKET_NOT_FOUND)
        .doesNotContain(FindingCode.TOKEN_NO_READ_PERMISSION);
    Report unreadable = OUTCOMES.get("influx2-flux-bucket-unreadable").report().orElseThrow();
    assertThat(unreadable.findings()).extracting(Finding::code).contains(FindingCode.TOKEN_NO_READ_PERMISSION)
        .doesNotContain(FindingCode.BUCKET_NOT_FOUND);
  }

  private static String describe(Report report) {
    return report.findings().stream().map(ScenarioCatalogueTest::line).collect(Collectors.joining("\n"));
  }

  private static String line(Finding f) {
    return "  " + f.severity() + " " + f.code() + ": " + f.title() + " | " + f.cause();
  }
}
