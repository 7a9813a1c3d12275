package io.influxcheck.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import io.influxcheck.app.cli.CliRun;
import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.app.golden.Golden;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.fixtures.ReportFixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  private final AtomicBoolean closed = new AtomicBoolean();

  private final List<DemoScenario> scenarios = List.of(
      new DemoScenario("flux-healthy", "valid token", ReportFixtures.fluxSettings(), Verdict.HEALTHY, Set.of()),
      new DemoScenario("flux-bad-token", "deleted token", ReportFixtures.fluxSettings().toBuilder().name("bad").build(),
          Verdict.UNHEALTHY, Set.of(FindingCode.TOKEN_INVALID)),
      new DemoScenario("v1-wrong-password", "wrong password", ReportFixtures.influxqlSettings("http://127.0.0.1:1"),
          Verdict.UNHEALTHY, Set.of(FindingCode.V1_BAD_CREDENTIALS)));

  private final Map<String, Report> answers = Map.of(
      "influx-prod", ReportFixtures.healthy(),
      "bad", ReportFixtures.badToken(),
      "influx-legacy", ReportFixtures.v1Credentials());

  @Test
  void tableThenOneFullReportAndTheLabStops() {
    CliRun run = CliRun.of(module(answers), "demo");
    assertThat(run.exitCode()).isEqualTo(ExitCode.HEALTHY);
    assertThat(closed).isTrue();
    Golden.assertMatches("demo/all-as-expected.txt", run.out());
    assertThat(run.out()).doesNotContain(ReportFixtures.CANARY_SECRET);
  }

  @Test
  void aScenarioDiagnosedWronglyFailsTheDemo() {
    CliRun run = CliRun.of(module(Map.of("influx-prod", ReportFixtures.healthy(), "bad", ReportFixtures.healthy(),
        "influx-legacy", ReportFixtures.v1Credentials())), "demo");
    assertThat(run.exitCode()).isEqualTo(ExitCode.UNHEALTHY);
    assertThat(run.out()).contains("✘ wanted UNHEALTHY TOKEN_INVALID").contains("2 of 3 scenarios diagnosed as expected");
  }

  private AbstractModule module(Map<String, Report> byName) {
    DemoLab lab = new DemoLab() {
      @Override
      public List<String> endpoints() {
        return List.of("InfluxDB 2.7.12 simulator  http://127.0.0.1:40001");
      }

      @Override
      public List<DemoScenario> scenarios() {
        return scenarios;
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(DemoLabStarter.class).toInstance(() -> lab);
        bind(Diagnoser.class).toInstance((s, progress) -> byName.get(s.name()));
      }
    };
  }
}
