package io.influxcheck.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import io.influxcheck.app.cli.CliRun;
import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.app.golden.Golden;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.fixtures.ReportFixtures;
import io.influxcheck.lab.scenario.Scenario;
import io.influxcheck.lab.scenario.ScenarioOutcome;
import io.influxcheck.lab.scenario.ScenarioServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The demo's output from fixed outcomes: table, representative report, exit code, lab stopped. */
class DemoCommandTest {
  private static final Scenario HEALTHY = scenario("influx2-flux-healthy", "valid token", Verdict.HEALTHY, Set.of());
  private static final Scenario BAD_TOKEN = scenario("influx2-flux-token-invalid", "deleted token", Verdict.UNHEALTHY,
      Set.of(FindingCode.TOKEN_INVALID));
  private static final Scenario WRONG_PASSWORD = scenario("influx18-wrong-password", "wrong password", Verdict.UNHEALTHY,
      Set.of(FindingCode.V1_BAD_CREDENTIALS, FindingCode.SECRET_IN_JSONDATA));
  private static final Scenario SILENT = scenario("never-answers", "accepts and never answers", Verdict.INCONCLUSIVE,
      Set.of(FindingCode.INFLUX_TIMEOUT));

  private final AtomicBoolean closed = new AtomicBoolean();

  @Test
  void tableThenTheTokenReportAndTheLabStops() {
    CliRun run = CliRun.of(module(List.of(
        outcome(HEALTHY, ReportFixtures.healthy()),
        outcome(BAD_TOKEN, ReportFixtures.badToken()),
        outcome(WRONG_PASSWORD, ReportFixtures.v1Credentials()))), "demo");
    assertThat(run.exitCode()).isEqualTo(ExitCode.HEALTHY);
    assertThat(closed).isTrue();
    Golden.assertMatches("demo/all-as-expected.txt", run.out());
    assertThat(run.out()).doesNotContain(ReportFixtures.CANARY_SECRET);
  }

  @Test
  void wrongDiagnosisOrNoReportFailsTheDemo() {
    CliRun run = CliRun.of(module(List.of(
        outcome(HEALTHY, ReportFixtures.healthy()),
        outcome(BAD_TOKEN, ReportFixtures.healthy()),
        new ScenarioOutcome(SILENT, Optional.empty(), "no report within 10 s"))), "demo");
    assertThat(run.exitCode()).isEqualTo(ExitCode.UNHEALTHY);
    assertThat(run.out())
        .contains("influx2-flux-token-invalid  HEALTHY")
        .contains("✘ verdict HEALTHY, expected UNHEALTHY; missing [TOKEN_INVALID]")
        .contains("never-answers               NO REPORT")
        .contains("✘ no report within 10 s")
        .contains("1 of 3 scenarios diagnosed as expected");
    assertThat(closed).isTrue();
  }

  private AbstractModule module(List<ScenarioOutcome> outcomes) {
    DemoLab lab = new DemoLab() {
      @Override
      public List<String> endpoints() {
        return List.of("InfluxDB 2.7.12  http://127.0.0.1:40001");
      }

      @Override
      public List<ScenarioOutcome> runAll() {
        return outcomes;
      }

      @Override
      public List<ScenarioFile> writeProvisioningFiles(Path folder) {
        return List.of();
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(DemoLabStarter.class).toInstance(secrets -> lab);
      }
    };
  }

  private static Scenario scenario(String name, String summary, Verdict verdict, Set<FindingCode> codes) {
    return new Scenario(name, summary, ScenarioServer.INFLUXDB_2, verdict, codes, lab -> {
      throw new AssertionError("the fake lab never asks for input");
    });
  }

  private static ScenarioOutcome outcome(Scenario scenario, Report report) {
    return new ScenarioOutcome(scenario, Optional.of(report), "");
  }
}
