package io.influxcheck.lab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.retest.HealthStatus;
import org.junit.jupiter.api.Test;

/** The demo's incident: diagnose, apply the suggested fix through the lab Grafana's API, re-test, green. */
class LabIncidentTest {
  @Test
  void theSuggestedFixAppliedThroughGrafanaTurnsTheRetestGreen() {
    LabSecrets secrets = LabSecrets.canaries();
    LabIncident.Walkthrough walk;
    try (Lab lab = Lab.start(secrets); ScenarioRunner runner = new ScenarioRunner(lab)) {
      walk = LabIncident.run(lab, runner);
    }
    assertThat(walk.diagnosis().verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(walk.fix().code()).isEqualTo(FindingCode.VANTAGE_DISAGREEMENT);
    assertThat(walk.fix().fix().yaml()).contains("secureJsonData:").contains("token:");
    assertThat(walk.before().current().status()).isEqualTo(HealthStatus.ERROR);
    assertThat(walk.before().current().cause()).isEqualTo(FindingCode.TOKEN_INVALID);
    assertThat(walk.applied()).startsWith("PUT /api/datasources/uid/" + LabData.DS_STALE_TOKEN).endsWith("→ 200");
    assertThat(walk.after().current().status()).isEqualTo(HealthStatus.OK);
    assertThat(walk.after().previous()).isEqualTo(walk.before().current());
    assertThat(walk.resolved()).isTrue();
    for (String secret : secrets.all()) {
      assertThat(walk.toString()).doesNotContain(secret);
    }
  }
}
