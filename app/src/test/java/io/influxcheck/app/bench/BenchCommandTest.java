package io.influxcheck.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influxcheck.app.cli.CliRun;
import io.influxcheck.lab.scenario.LabSecrets;
import org.junit.jupiter.api.Test;

/**
 * The harness end to end in its smallest configuration (one run of everything, no timeout cases): it runs,
 * and its JSON is well formed and complete. Timings are never asserted: they belong to the benchmark's own run.
 */
class BenchCommandTest {
  @Test
  void aTinyRunProducesACompleteJsonReport() throws Exception {
    CliRun run = CliRun.of(binder -> { }, "bench", "--iterations", "1", "--warmup", "0", "--all-iterations", "1",
        "--timeout-iterations", "0", "--callers", "2", "--memory-diagnoses", "2", "--concurrency", "2", "--format", "json");

    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.at("/machine/cores").asInt()).isPositive();
    assertThat(report.at("/settings/concurrency").asInt()).isEqualTo(2);
    assertThat(report.get("diagnoses")).hasSize(DiagnosisBench.ANSWERING.size());
    report.get("diagnoses").forEach(d -> {
      assertThat(d.at("/stats/count").asInt()).as(d.get("name").asText()).isEqualTo(1);
      assertThat(d.get("right").asBoolean()).as(d.get("check").asText()).isTrue();
    });
    assertThat(report.get("boundedByTimeout")).isEmpty();
    assertThat(report.get("all")).hasSize(4);
    report.get("all").forEach(a -> assertThat(a.get("check").asText()).startsWith("1/1 "));
    assertThat(report.at("/retest/right").asBoolean()).isTrue();
    assertThat(report.get("singleFlight")).hasSize(2);
    report.get("singleFlight").forEach(f -> {
      assertThat(f.get("waves").asInt()).isEqualTo(1);
      assertThat(f.get("healthCalls").asLong()).isPositive();
    });
    assertThat(report.at("/slack/ack/count").asInt()).isEqualTo(1);
    assertThat(report.at("/slack/check").asText()).isEqualTo("1/1 acknowledged with 200 and answered");
    assertThat(report.at("/memory/diagnoses").asInt()).isEqualTo(2);
    assertThat(report.at("/memory/idleMb").asDouble()).isPositive();
    assertThat(report.get("targets")).isNotEmpty();
    boolean allPass = true;
    for (JsonNode target : report.get("targets")) {
      assertThat(target.get("name").asText()).isNotBlank();
      allPass &= target.get("pass").asBoolean();
    }
    assertThat(run.exitCode()).isEqualTo(allPass ? 0 : 1);
    for (String secret : LabSecrets.fixed().all()) {
      assertThat(run.out() + run.err()).doesNotContain(secret);
    }
  }

  @Test
  void optionsOutOfRangeAreUsageErrorsNamingEachOption() {
    CliRun run = CliRun.of(binder -> { }, "bench", "--iterations", "0", "--callers", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--iterations must be at least 1, was 0").contains("--callers must be at least 2, was 1");
    assertThat(run.out()).isEmpty();
  }
}
