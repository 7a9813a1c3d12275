package io.influxcheck.config;

import static io.influxcheck.config.ConfigLoaderAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.provisioning.ProvisioningLoader;
import io.influxcheck.config.provisioning.ProvisioningResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Canary secrets reach no toString() and no problem message, whatever the input. */
class SecretsNeverPrintTest {
  private static final String CANARY = "canary";

  @Test
  void loadedConfigurationPrintsNoSecret() throws Exception {
    InfluxCheckConfig config = new ConfigLoader(ConfigLoaderTest.ENV::get)
        .load(ConfigLoaderTest.fixture("full/influx-check.yaml"));

    assertThat(config.toString()).doesNotContain(CANARY).contains("sha256:");
    assertThat(config.slack().orElseThrow().toString()).doesNotContain(CANARY);
    assertThat(config.discord().orElseThrow().toString()).doesNotContain(CANARY);
    assertThat(config.grafana().toString()).doesNotContain(CANARY);
    assertThat(config.datasources().toString()).doesNotContain(CANARY);
  }

  @Test
  void literalSecretsInEverySecretPlaceAreNeverRepeated() {
    ConfigException e = problemsOf(() -> new ConfigLoader(k -> null).parse("""
        grafana:
          - {name: a, url: "https://canary-user:canary-pw@g.example.com", token: canary-1}
        datasources:
          - {match: {uid: u}, token: canary-2, user: u, password: canary-3}
        slack: {botToken: xoxb-canary-4, appToken: xapp-canary-5, signingSecret: canary-6}
        discord: {token: canary-7}
        """, Path.of("c.yaml")));

    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(e.getMessage()).doesNotContain(CANARY);
  }

  @Test
  void secretsInMalformedYamlAreNotQuoted() {
    ConfigException config = problemsOf(() -> new ConfigLoader(k -> null)
        .parse("slack:\n  botToken: \"canary-unclosed\n", Path.of("c.yaml")));
    ConfigException provisioning = problemsOf(() -> new ProvisioningLoader(k -> null)
        .parse("apiVersion: 1\ndatasources:\n  - secureJsonData: {token: canary-x: y}\n", Path.of("p.yaml")));

    assertThat(config.getMessage()).startsWith("c.yaml:").doesNotContain(CANARY);
    assertThat(provisioning.getMessage()).startsWith("p.yaml:3:").doesNotContain(CANARY);
  }

  @Test
  void provisionedSettingsPrintNoSecretEvenInTheUrl() throws Exception {
    ProvisioningResult result = new ProvisioningLoader(Map.of("T", "canary-env-token")::get).parse("""
        apiVersion: 1
        datasources:
          - name: a
            type: influxdb
            url: http://admin:canary-url-password@influx:8086
            secureJsonData: {token: $T, password: canary-literal, httpHeaderValue1: Token canary-h}
            jsonData: {httpHeaderName1: Authorization}
        """, Path.of("p.yaml"));

    assertThat(result.toString()).doesNotContain(CANARY);
    assertThat(result.influx().get(0).redactedUrl()).isEqualTo("http://***@influx:8086");
    assertThat(result.influx().get(0).url()).as("the settings keep the URL as written")
        .contains("canary-url-password");
  }
}
