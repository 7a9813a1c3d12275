package io.influxcheck.app.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.app.cli.CliRun;
import io.influxcheck.lab.grafana.GrafanaSimulator;
import io.influxcheck.lab.scenario.LabGrafanaFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list}, {@code retest} and {@code diagnose --config/--datasource/--all} against the lab's Grafana. */
class GrafanaCommandsTest {
  private static final String BOT_TOKEN = "glsa_canaryCliBot0000000000000000000000_0badf00d";
  private static final String GOOD = "canary-cli-influx-token";

  @TempDir
  Path folder;

  private LabGrafanaFixture lab;
  private GrafanaSimulator grafana;
  private String config;

  @BeforeEach
  void start() throws Exception {
    lab = LabGrafanaFixture.start(BOT_TOKEN, "metrics", GOOD);
    lab.add(lab.flux("flux-ok", "Flux OK", GOOD)).add(lab.flux("flux-stale", "Flux Stale", "canary-cli-stale"));
    grafana = lab.grafana();
    Path token = folder.resolve("grafana-token");
    Files.writeString(token, BOT_TOKEN + "\n");
    Path file = folder.resolve("influx-check.yaml");
    Files.writeString(file, "grafana:\n  - name: lab\n    url: " + grafana.url() + "\n    token: file:" + token + "\n");
    config = file.toString();
  }

  @AfterEach
  void stop() {
    lab.close();
  }

  private CliRun run(String... args) {
    CliRun run = CliRun.of(binder -> { }, args);
    assertThat(run.out() + run.err()).doesNotContain("canary");
    return run;
  }

  @Test
  void listShowsEachDataSourceWithItsGrafana() {
    CliRun run = run("list", "--config", config);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("NAME", "Flux OK@lab", "flux-stale", "Flux", "grafana lab");
  }

  @Test
  void retestExitsZeroOnlyWhenGrafanaSaysOk() {
    CliRun ok = run("retest", "--config", config, "--datasource", "flux ok");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("OK").contains("datasource is working");

    CliRun failing = run("retest", "--config", config, "--datasource", "flux-stale@lab", "--format", "json");
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.out()).contains("\"status\" : \"ERROR\"").contains("\"cause\" : \"TOKEN_INVALID\"");

    CliRun unknown = run("retest", "--config", config, "--datasource", "flux-stail");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("flux-stail").contains("flux-stale");
  }

  @Test
  void diagnoseAllPrintsEveryReportAndASummary() {
    CliRun all = run("diagnose", "--config", config, "--all");
    assertThat(all.exitCode()).as(all.err()).isEqualTo(1);
    assertThat(all.out()).contains("Summary").contains("Flux OK").contains("HEALTHY").contains("UNHEALTHY").contains("GRAFANA_HEALTH_FAILED");

    CliRun one = run("diagnose", "--config", config, "--datasource", "FLUX-OK", "--format", "json");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.out()).contains("GRAFANA_HEALTH_OK").contains("\"uid\": \"flux-ok\"");

    CliRun neither = run("diagnose", "--config", config);
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("--datasource").contains("--all");
  }
}
