package io.influxcheck.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped example and the README's configuration section stay complete and loadable. */
class ExampleConfigTest {
  private static final Path EXAMPLE = Path.of("influx-check.example.yaml");
  private static final Path README = Path.of("../README.md");
  private static final Map<String, String> ENV = Map.of(
      "GRAFANA_TOKEN", "glsa_example",
      "INFLUX_TOKEN", "influx-example",
      "INFLUX_PASSWORD", "password-example",
      "SLACK_BOT_TOKEN", "xoxb-example",
      "SLACK_APP_TOKEN", "xapp-example",
      "SLACK_SIGNING_SECRET", "signing-example",
      "DISCORD_TOKEN", "discord-example");

  @TempDir Path dir;

  static List<String> allKeys() {
    return Stream.of(ConfigBinder.SECTIONS, ConfigBinder.TOP_LEVEL_KEYS, ConfigBinder.PROBE_KEYS, ConfigBinder.GRAFANA_KEYS,
            ConfigBinder.TLS_KEYS, ConfigBinder.DATASOURCE_KEYS, ConfigBinder.MATCH_KEYS, ConfigBinder.LOG_KEYS,
            ChatSections.SLACK_KEYS, ChatSections.DISCORD_KEYS, ChatSections.CHANNEL_KEYS)
        .flatMap(List::stream).distinct().toList();
  }

  @Test
  void exampleLoadsWithoutProblemsNextToAProvisioningFolder() throws Exception {
    Path copy = dir.resolve("influx-check.yaml");
    Files.copy(EXAMPLE, copy);
    Files.createDirectories(dir.resolve("grafana/provisioning/datasources"));

    InfluxCheckConfig config = new ConfigLoader(ENV::get).load(copy);

    assertThat(config.probes()).isEqualTo(ProbeSettings.DEFAULTS);
    assertThat(config.provisioning()).containsExactly(dir.resolve("grafana/provisioning/datasources"));
    assertThat(config.grafana()).hasSize(1);
    assertThat(config.datasources()).hasSize(2);
    assertThat(config.isSlackConfigured()).isTrue();
    assertThat(config.isDiscordConfigured()).isTrue();
    assertThat(config.slack().orElseThrow().apiUrl()).isEqualTo(SlackSettings.DEFAULT_API_URL);
    assertThat(config.discord().orElseThrow().apiUrl()).isEqualTo(DiscordSettings.DEFAULT_API_URL);
    assertThat(config.discord().orElseThrow().gatewayUrl()).isEqualTo(DiscordSettings.DEFAULT_GATEWAY_URL);
  }

  @Test
  void exampleShowsEveryKey() throws Exception {
    String example = Files.readString(EXAMPLE);
    assertThat(allKeys()).allSatisfy(key ->
        assertThat(example).containsPattern("(?m)(^|[\\s{,#-])" + Pattern.quote(key) + ":"));
  }

  @Test
  void readmeConfigurationSectionDocumentsEveryKey() throws Exception {
    String readme = Files.readString(README);
    String section = readme.substring(readme.indexOf("<!-- section: configuration -->"),
        readme.indexOf("<!-- /section: configuration -->"));
    assertThat(allKeys()).allSatisfy(key ->
        assertThat(section).containsPattern("`[^`\\s]*\\b" + Pattern.quote(key) + "\\b[^`\\s]*`"));
  }
}
