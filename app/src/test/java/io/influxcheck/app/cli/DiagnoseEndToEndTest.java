package io.influxcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import io.influxcheck.lab.fault.DeadEndpoints;
import io.influxcheck.lab.fault.Fault;
import io.influxcheck.lab.influx.InfluxV2Simulator;
import io.influxcheck.lab.influx.InfluxV2State;
import io.influxcheck.lab.influx.V2Org;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diagnose} as a user runs it: real provisioning and config files, the real engine, a simulator on loopback. */
class DiagnoseEndToEndTest {
  private static final String GOOD_TOKEN = "canary-e2e-good-token-0123456789";
  private static final String BAD_TOKEN = "canary-e2e-deleted-token-9876543210";

  @TempDir
  Path dir;

  private InfluxV2Simulator influx;

  @BeforeEach
  void startInflux() {
    InfluxV2State state = new InfluxV2State();
    V2Org acme = state.addOrg("acme");
    state.addBucket(acme, "telegraf");
    state.addAllAccessToken(GOOD_TOKEN, state.addUser("admin"), acme);
    influx = InfluxV2Simulator.start(state);
  }

  @AfterEach
  void stopInflux() {
    influx.close();
  }

  @Test
  void healthyExitsZero() throws IOException {
    CliRun run = diagnose(provisioning("influx-prod", influx.url().toString(), GOOD_TOKEN));
    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.HEALTHY);
    assertThat(run.out()).contains("HEALTHY");
    assertNoSecrets(run);
  }

  @Test
  void deletedTokenExitsOneWithTheFinding() throws IOException {
    CliRun run = diagnose(provisioning("influx-prod", influx.url().toString(), BAD_TOKEN));
    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.UNHEALTHY);
    assertThat(run.out()).contains("TOKEN_INVALID").contains("{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}");
    assertNoSecrets(run);
  }

  @Test
  void unreachableServerIsInconclusive() throws IOException {
    CliRun run = diagnose(provisioning("influx-prod", DeadEndpoints.refusingUrl().toString(), GOOD_TOKEN));
    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.INCONCLUSIVE);
    assertThat(run.out()).contains("INCONCLUSIVE");
  }

  @Test
  void neverAnsweringServerIsInconclusiveWithinTheDeadline() throws IOException {
    influx.faults().setAll(Fault.Stall.forever());
    Path config = write("influx-check.yaml", "probes:\n  timeout: 300ms\n  deadline: 1s\n");
    CliRun run = CliRun.of(new AbstractModule() { }, "diagnose", "--config", config.toString(),
        "--provisioning", provisioning("influx-prod", influx.url().toString(), GOOD_TOKEN).toString());
    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.INCONCLUSIVE);
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void unsetVariableIsNamed() throws IOException {
    Path file = provisioning("influx-prod", influx.url().toString(), "${INFLUX_CHECK_E2E_SURELY_UNSET}");
    CliRun run = diagnose(file);
    assertThat(run.out() + run.err()).contains("INFLUX_CHECK_E2E_SURELY_UNSET");
    assertThat(run.exitCode()).isIn(ExitCode.UNHEALTHY, ExitCode.USAGE);
  }

  @Test
  void aNearMissKeyIsNotedOnStderrNamingFileLineAndTheKeyMeant() throws IOException {
    Path file = write("typo.yaml", "apiVersion: 1\ndatasources:\n  - name: x\n    type: influxdb\n    urll: " + influx.url() + "\n");
    CliRun run = diagnose(file);
    assertThat(run.err()).contains(file + ":5: datasources[0].urll: not a key Grafana reads").contains("did you mean 'url'?");
    assertThat(run.out()).contains("URL_MISSING");
    assertThat(run.exitCode()).isEqualTo(ExitCode.UNHEALTHY);
  }

  @Test
  void malformedYamlExitsTwoNamingTheFileAndLine() throws IOException {
    Path file = write("broken.yaml", "apiVersion: 1\ndatasources:\n  - name: x\n    type: influxdb\n   url: [oops\n");
    CliRun run = diagnose(file);
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains(file.toString() + ":").doesNotContain("\tat ");
  }

  @Test
  void entryWithoutANameExitsTwo() throws IOException {
    Path file = write("noname.yaml", "apiVersion: 1\ndatasources:\n  - type: influxdb\n    url: http://127.0.0.1:1\n");
    CliRun run = diagnose(file);
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains(file.toString()).contains("name");
  }

  @Test
  void unknownConfigKeyExitsTwoNamingFileLineAndKey() throws IOException {
    Path config = write("influx-check.yaml", "probes:\n  timeout: 1s\n  deadlien: 5s\n");
    CliRun run = CliRun.of(new AbstractModule() { }, "diagnose", "--config", config.toString(),
        "--provisioning", provisioning("influx-prod", influx.url().toString(), GOOD_TOKEN).toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains(config + ":3").contains("deadlien").doesNotContain("\tat ");
  }

  @Test
  void configCredentialsAndProvisioningListApply() throws IOException {
    provisioning("influx-prod", influx.url().toString(), BAD_TOKEN);
    write("influx-token", GOOD_TOKEN + "\n");
    Path config = write("influx-check.yaml", String.join("\n",
        "provisioning:",
        "  - influx-prod.yaml",
        "datasources:",
        "  - match: {name: influx-prod}",
        "    token: file:influx-token",
        ""));
    CliRun run = CliRun.of(new AbstractModule() { }, "diagnose", "--config", config.toString());
    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.HEALTHY);
    assertNoSecrets(run);
  }

  @Test
  void missingProvisioningFileExitsTwo() {
    CliRun run = diagnose(dir.resolve("nope.yaml"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("nope.yaml");
  }

  @Test
  void nonInfluxEntriesAreListedAsSkipped() throws IOException {
    Path file = write("mixed.yaml", "apiVersion: 1\ndatasources:\n"
        + "  - name: logs\n    type: loki\n    url: http://127.0.0.1:3100\n"
        + "  - name: influx-prod\n    type: influxdb\n    url: " + influx.url() + "\n"
        + "    jsonData:\n      version: Flux\n      organization: acme\n      defaultBucket: telegraf\n"
        + "    secureJsonData:\n      token: " + GOOD_TOKEN + "\n");
    CliRun run = diagnose(file);
    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.HEALTHY);
    assertThat(run.out()).contains("skipped logs (type loki");
  }

  private CliRun diagnose(Path provisioning) {
    return CliRun.of(new AbstractModule() { }, "diagnose", "--provisioning", provisioning.toString());
  }

  private Path provisioning(String name, String url, String token) throws IOException {
    return write(name + ".yaml", String.join("\n",
        "apiVersion: 1",
        "datasources:",
        "  - name: " + name,
        "    type: influxdb",
        "    access: proxy",
        "    url: " + url,
        "    jsonData:",
        "      version: Flux",
        "      organization: acme",
        "      defaultBucket: telegraf",
        "    secureJsonData:",
        "      token: " + token,
        ""));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static void assertNoSecrets(CliRun run) {
    assertThat(run.out() + run.err()).doesNotContain(GOOD_TOKEN).doesNotContain(BAD_TOKEN);
  }
}
