package io.influxcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import io.influxcheck.app.diagnose.DataSourceLoader;
import io.influxcheck.app.diagnose.DataSources;
import io.influxcheck.app.runbook.RunbookEntries;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.fixtures.ReportFixtures;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MainTest {
  private static final DataSourceSettings PROD = ReportFixtures.fluxSettings();
  private static final DataSourceSettings LEGACY = ReportFixtures.influxqlSettings("http://influxdb-legacy.internal:8086");

  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseHangingDiagnoses() {
    release.countDown();
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of(new AbstractModule() { });
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Missing a command").contains("--help");
  }

  /** Guards every subcommand, present and future: building it must not read the configuration. */
  @Test
  void everySubcommandIsBuiltWithoutReadingABrokenConfig(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path broken = java.nio.file.Files.writeString(dir.resolve("broken.yaml"), "probes:\n  timeot: 1s\n");
    for (String name : new picocli.CommandLine(RootCommand.class).getSubcommands().keySet()) {
      CliRun run = CliRun.of(new AbstractModule() { }, name, "--config", broken.toString(), "--help");
      assertThat(run.err()).as(name).doesNotContain("\tat ");
      assertThat(run.exitCode()).as(name + ": " + run.err()).isIn(ExitCode.HEALTHY, ExitCode.USAGE);
    }
  }

  @Test
  void mistypedCommandGetsASuggestion() {
    CliRun run = CliRun.of(new AbstractModule() { }, "diagnoze");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("diagnose");
    assertNoStackTrace(run);
  }

  @Test
  void diagnoseNeedsSomethingToDiagnose() {
    CliRun run = CliRun.of(new AbstractModule() { }, "diagnose");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--provisioning FILE");
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of(new AbstractModule() { }, "diagnose", "--provisioning", "x.yaml", "--format", "yaml");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--format").contains("TEXT, JSON, MARKDOWN").contains("yaml");
  }

  @Test
  void configProblemsAreListedWithoutAStackTrace() {
    Module loader = bindLoader((config, files) -> {
      throw new UsageError("influx.yaml has 2 problems:", List.of(
          "influx.yaml:4: datasources[0].jsonData.verison: unknown key; did you mean version?",
          "influx.yaml:9: datasources[1].secureJsonData.token: ${INFLUX_TOKEN} is not set"));
    });
    CliRun run = CliRun.of(loader, "diagnose", "--provisioning", "influx.yaml");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("influx.yaml:4: datasources[0].jsonData.verison").contains("influx.yaml:9:");
    assertNoStackTrace(run);
  }

  @Test
  void unhealthyExitsOneAndListsSkippedEntries() {
    CliRun run = CliRun.of(fakes(List.of(PROD), List.of("logs (type loki, influx.yaml:12)"), s -> ReportFixtures.badToken()), "diagnose", "--provisioning", "influx.yaml");
    assertThat(run.exitCode()).isEqualTo(ExitCode.UNHEALTHY);
    assertThat(run.out()).contains("skipped logs (type loki, influx.yaml:12): only InfluxDB").contains("TOKEN_INVALID").contains("✅ InfluxDB reachable");
    assertThat(run.out() + run.err()).doesNotContain(ReportFixtures.CANARY_SECRET);
  }

  @Test
  void healthyExitsZeroAndInconclusiveThree() {
    assertThat(CliRun.of(fakes(List.of(PROD), s -> ReportFixtures.healthy()), "diagnose", "--provisioning", "f").exitCode())
        .isEqualTo(ExitCode.HEALTHY);
    assertThat(CliRun.of(fakes(List.of(PROD), s -> ReportFixtures.inconclusive()), "diagnose", "--provisioning", "f").exitCode())
        .isEqualTo(ExitCode.INCONCLUSIVE);
  }

  @Test
  void unhealthyWinsOverInconclusive() {
    Function<DataSourceSettings, Report> mixed = s -> s == PROD ? ReportFixtures.inconclusive() : ReportFixtures.v1Credentials();
    CliRun run = CliRun.of(fakes(List.of(PROD, LEGACY), mixed), "diagnose", "--provisioning", "f");
    assertThat(run.exitCode()).isEqualTo(ExitCode.UNHEALTHY);
  }

  @Test
  void jsonOutputIsValidJsonWithNotesOnStderr() throws Exception {
    CliRun run = CliRun.of(fakes(List.of(PROD), List.of("logs (type loki, influx.yaml:12)"), s -> ReportFixtures.badToken()),
        "diagnose", "--provisioning", "f", "--format", "JSON");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("reports").get(0).get("findings").get(0).get("code").asText()).isEqualTo("TOKEN_INVALID");
    assertThat(run.err()).contains("skipped logs");
  }

  @Test
  void unknownDataSourceNameSuggestsTheClosest() {
    CliRun run = CliRun.of(fakes(List.of(PROD, LEGACY), s -> ReportFixtures.healthy()),
        "diagnose", "--provisioning", "f", "--datasource", "influx-prd");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no InfluxDB data source named \"influx-prd\"").contains("did you mean influx-prod");
  }

  @Test
  void dataSourceCanBeChosenByNameOrUid() {
    CliRun run = CliRun.of(fakes(List.of(PROD, LEGACY), s -> s == LEGACY ? ReportFixtures.v1Credentials() : ReportFixtures.healthy()),
        "diagnose", "--provisioning", "f", "--datasource", "InfluxLegacy01");
    assertThat(run.exitCode()).isEqualTo(ExitCode.UNHEALTHY);
    assertThat(run.out()).contains("V1_BAD_CREDENTIALS").doesNotContain("influx-prod");
  }

  @Test
  void aDiagnosisThatNeverFinishesIsInconclusiveAtTheDeadline() {
    CliRun run = CliRun.of(fakes(List.of(PROD), s -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return ReportFixtures.healthy();
    }), "diagnose", "--provisioning", "f", "--deadline", "1");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INCONCLUSIVE);
    assertThat(run.out()).contains("INFLUX_TIMEOUT").contains("No answer within the 1 s deadline");
  }

  @Test
  void aCrashingDiagnosisIsInconclusiveNotAStackTrace() {
    CliRun run = CliRun.of(fakes(List.of(PROD, LEGACY), s -> {
      if (s == PROD) {
        throw new IllegalStateException("boom");
      }
      return ReportFixtures.v1Credentials();
    }), "diagnose", "--provisioning", "f");
    assertThat(run.exitCode()).isEqualTo(ExitCode.UNHEALTHY);
    assertThat(run.out()).contains("internal error (IllegalStateException)").contains("V1_BAD_CREDENTIALS");
    assertNoStackTrace(run);
  }

  @Test
  void unexpectedErrorsAreOneLineUnlessVerbose() {
    Module broken = new AbstractModule() {
      @Override
      protected void configure() {
        bind(RunbookEntries.class).toInstance(new RunbookEntries() {
          @Override
          public List<String> workflow() {
            return List.of();
          }

          @Override
          public List<io.influxcheck.core.diagnosis.RunbookEntry> all() {
            throw new IllegalStateException("catalogue exploded");
          }
        });
      }
    };
    CliRun quiet = CliRun.of(broken, "runbook");
    assertThat(quiet.exitCode()).isEqualTo(ExitCode.UNHEALTHY);
    assertThat(quiet.err().strip().lines()).hasSize(1);
    assertThat(quiet.err()).contains("catalogue exploded").contains("--verbose");
    CliRun verbose = CliRun.of(broken, "runbook", "--verbose");
    assertThat(verbose.err()).contains("\tat ");
  }

  private static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception:");
  }

  private static Module bindLoader(DataSourceLoader loader) {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(DataSourceLoader.class).toInstance(loader);
      }
    };
  }

  private static Module fakes(List<DataSourceSettings> settings, Function<DataSourceSettings, Report> diagnose) {
    return fakes(settings, List.of(), diagnose);
  }

  private static Module fakes(List<DataSourceSettings> settings, List<String> skipped, Function<DataSourceSettings, Report> diagnose) {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(DataSourceLoader.class).toInstance((config, files) -> new DataSources(settings, skipped));
        bind(Diagnoser.class).toInstance((s, progress) -> diagnose.apply(s));
      }
    };
  }
}
