package io.influxcheck.lab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.SettingsOrigin;
import io.influxcheck.config.provisioning.ProvisioningLoader;
import io.influxcheck.config.provisioning.ProvisioningResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A scenario's provisioning file, loaded back through the config module with its variables, gives the scenario's settings. */
class ProvisioningFilesTest {
  private static final SettingsOrigin SAME = new SettingsOrigin(SettingsOrigin.Kind.CONFIG, "compared", 0);
  private static Lab lab;

  @TempDir
  Path folder;

  @BeforeAll
  static void start() {
    lab = Lab.start();
  }

  @AfterAll
  static void stop() {
    lab.close();
  }

  static List<Scenario> scenariosWithAFile() {
    try (Lab probe = Lab.start()) {
      return ScenarioCatalogue.all().stream().filter(s -> ProvisioningFiles.declared(s, probe).isPresent()).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenariosWithAFile")
  void loadsBackToTheScenarioSettings(Scenario scenario) throws Exception {
    DataSourceSettings expected = ProvisioningFiles.declared(scenario, lab).orElseThrow();
    ProvisioningFile file = ProvisioningFiles.write(folder, scenario, lab).orElseThrow();

    ProvisioningResult loaded = new ProvisioningLoader(file.env()::get).load(file.path().orElseThrow());

    assertThat(loaded.influx()).hasSize(1);
    DataSourceSettings actual = loaded.influx().get(0);
    assertThat(comparable(actual)).isEqualTo(comparable(expected));
    assertThat(actual.token().reveal()).isEqualTo(expected.token().reveal());
    assertThat(actual.password().reveal()).isEqualTo(expected.password().reveal());
  }

  @Test
  void theFileNamesSecretsOnlyAsVariables() throws Exception {
    Scenario scenario = ScenarioCatalogue.find("influx2-flux-healthy").orElseThrow();
    ProvisioningFile file = ProvisioningFiles.write(folder, scenario, lab).orElseThrow();

    String text = Files.readString(file.path().orElseThrow());
    assertThat(text).doesNotContain(lab.secrets().v2AllAccess()).contains("${INFLUX2_FLUX_HEALTHY_TOKEN}");
    assertThat(file.env()).containsEntry("INFLUX2_FLUX_HEALTHY_TOKEN", lab.secrets().v2AllAccess());
    assertThat(file.exports()).isEqualTo("export INFLUX2_FLUX_HEALTHY_TOKEN='" + lab.secrets().v2AllAccess() + "'\n");
  }

  @Test
  void anUnsetVariableScenarioReferencesItWithoutSettingIt() {
    Scenario scenario = ScenarioCatalogue.find("secret-env-unresolved").orElseThrow();
    ProvisioningFile file = ProvisioningFiles.render(ProvisioningFiles.declared(scenario, lab).orElseThrow(), scenario.name());
    assertThat(file.yaml()).containsPattern("token: \"?\\$\\{INFLUX_TOKEN}");
    assertThat(file.env()).doesNotContainKey("INFLUX_TOKEN");
  }

  @Test
  void aGrafanaScenarioWithoutAFileOrCredentialsHasNone() {
    Scenario scenario = ScenarioCatalogue.find("grafana-token-expired").orElseThrow();
    assertThat(ProvisioningFiles.write(folder, scenario, lab)).isEqualTo(Optional.empty());
  }

  /** The settings' text with the origin made equal: secrets show as fingerprints, so equal text means equal values. */
  private static String comparable(DataSourceSettings settings) {
    return settings.toBuilder().origin(SAME).build().toString();
  }
}
