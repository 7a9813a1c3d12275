package io.influxcheck.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  static final Map<String, String> ENV = Map.of(
      "GRAFANA_PROD_TOKEN", "canary-grafana-prod-91ab",
      "INFLUX_TOKEN", "canary-influx-token-3f4e",
      "INFLUX_PASSWORD", "canary-influx-password-aa10",
      "SLACK_BOT_TOKEN", "xoxb-canary-bot-77",
      "SLACK_APP_TOKEN", "xapp-canary-app-88",
      "DISCORD_TOKEN", "canary-discord-token-0c0c");

  @TempDir Path dir;

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(ConfigLoaderTest.class.getResource(name).toURI());
  }

  @Test
  void noFileAtAllMeansDefaults() throws Exception {
    InfluxCheckConfig config = new ConfigLoader(Map.<String, String>of()::get)
        .loadFirstExisting(List.of(dir.resolve("influx-check.yaml"), dir.resolve("other.yaml")));

    assertThat(config).isEqualTo(InfluxCheckConfig.defaults());
    assertThat(config.file()).isEmpty();
    assertThat(config.probes().timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.probes().deadline()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.probes().maxBodyBytes()).isEqualTo(1024 * 1024);
    assertThat(config.probes().concurrency()).isEqualTo(4);
    assertThat(config.log().level()).isEqualTo(LogSettings.Level.INFO);
    assertThat(config.isSlackConfigured()).isFalse();
    assertThat(config.isDiscordConfigured()).isFalse();
    assertThat(config.grafana()).isEmpty();
    assertThat(config.provisioning()).isEmpty();
  }

  @Test
  void emptyFileAndKeysWithoutValuesTakeDefaults() throws Exception {
    Path file = dir.resolve("influx-check.yaml");
    Files.writeString(file, "# nothing yet\n");
    assertThat(new ConfigLoader(k -> null).load(file).probes()).isEqualTo(ProbeSettings.DEFAULTS);

    InfluxCheckConfig config = new ConfigLoader(k -> null).parse("probes:\n  timeout:\nslack:\n", file);
    assertThat(config.probes()).isEqualTo(ProbeSettings.DEFAULTS);
    assertThat(config.slack()).as("a section without a value is not configured").isEmpty();
    assertThat(config.file()).contains(file);
  }

  @Test
  void firstExistingDefaultLocationWins() throws Exception {
    Path second = dir.resolve("xdg/influx-check/config.yaml");
    Files.createDirectories(second.getParent());
    Files.writeString(second, "log: {level: warn}\n");
    ConfigLoader loader = new ConfigLoader(Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString())::get);

    List<Path> locations = loader.defaultLocations(dir);
    assertThat(locations).containsExactly(dir.resolve("influx-check.yaml"), second,
        Path.of("/etc/influx-check/config.yaml"));
    assertThat(loader.loadFirstExisting(locations).log().level()).isEqualTo(LogSettings.Level.WARN);

    Files.writeString(dir.resolve("influx-check.yaml"), "log: {level: error}\n");
    assertThat(loader.loadFirstExisting(locations).log().level()).isEqualTo(LogSettings.Level.ERROR);
  }

  @Test
  void withoutXdgConfigHomeTheHomeConfigFolderIsUsed() {
    ConfigLoader loader = new ConfigLoader(Map.of("HOME", "/home/sre", "XDG_CONFIG_HOME", "relative/ignored")::get);
    assertThat(loader.defaultLocations(Path.of("/work")).get(1))
        .isEqualTo(Path.of("/home/sre/.config/influx-check/config.yaml"));
  }

  @Test
  void explicitFileMustExist() {
    ConfigException e = ConfigLoaderAssertions.problemsOf(() ->
        new ConfigLoader(k -> null).load(dir.resolve("missing.yaml")));
    assertThat(e.describe()).startsWith(dir.resolve("missing.yaml") + ": no such file");
  }

  @Test
  void mapsEveryKeyOfTheFullFixture() throws Exception {
    Path file = fixture("full/influx-check.yaml");
    Path base = file.getParent();

    InfluxCheckConfig config = new ConfigLoader(ENV::get).load(file);

    assertThat(config.file()).contains(file);
    assertThat(config.probes()).isEqualTo(
        new ProbeSettings(Duration.ofMillis(1500), Duration.ofSeconds(90), 256 * 1024, 8));
    assertThat(config.provisioning()).containsExactly(base.resolve("provisioning/influx.yaml"),
        base.resolve("provisioning"));

    GrafanaTarget prod = config.grafana().get(0);
    assertThat(prod.name()).isEqualTo("prod");
    assertThat(prod.url()).isEqualTo(URI.create("https://grafana.example.com/"));
    assertThat(prod.token().reveal()).isEqualTo("canary-grafana-prod-91ab");
    assertThat(prod.token().source()).isEqualTo("${GRAFANA_PROD_TOKEN}");
    assertThat(prod.orgId()).isEqualTo(OptionalLong.of(2));
    assertThat(prod.tls()).isEqualTo(new TlsSettings(true, Optional.of(base.resolve("ca.pem"))));
    GrafanaTarget lab = config.grafana().get(1);
    assertThat(lab.url()).isEqualTo(URI.create("http://127.0.0.1:3000/grafana/"));
    assertThat(lab.token().reveal()).as("trailing newline trimmed").isEqualTo("canary-grafana-lab-7c1d");
    assertThat(lab.token().source()).isEqualTo("file:secrets/grafana-lab-token");
    assertThat(lab.orgId()).isEmpty();
    assertThat(lab.tls()).isEqualTo(TlsSettings.DEFAULTS);
    assertThat(config.grafana("PROD")).contains(prod);

    DataSourceCredentials byUid = config.datasources().get(0);
    assertThat(byUid.match()).isEqualTo(
        new DataSourceCredentials.Match(DataSourceCredentials.MatchBy.UID, "P951FEA4DE68E13C5"));
    assertThat(byUid.url()).contains(URI.create("http://influx.internal:8086"));
    assertThat(byUid.token().reveal()).isEqualTo("canary-influx-token-3f4e");
    assertThat(byUid.user()).isEmpty();
    assertThat(byUid.password().isEmpty()).isTrue();
    DataSourceCredentials byName = config.datasources().get(1);
    assertThat(byName.match().by()).isEqualTo(DataSourceCredentials.MatchBy.NAME);
    assertThat(byName.user()).isEqualTo("grafana");
    assertThat(byName.password().reveal()).isEqualTo("canary-influx-password-aa10");
    assertThat(config.credentialsFor(DataSourceSettings.builder("legacy influxql").build())).contains(byName);
    assertThat(config.credentialsFor(DataSourceSettings.builder("x").uid("P951FEA4DE68E13C5").build()))
        .contains(byUid);

    SlackSettings slack = config.slack().orElseThrow();
    assertThat(slack.botToken().reveal()).isEqualTo("xoxb-canary-bot-77");
    assertThat(slack.appToken().reveal()).isEqualTo("xapp-canary-app-88");
    assertThat(slack.signingSecret().reveal()).as("CRLF trimmed").isEqualTo("canary-signing-55e2");
    assertThat(slack.mode()).isEqualTo(SlackSettings.Mode.HTTP);
    assertThat(slack.port()).isEqualTo(8080);
    assertThat(slack.path()).isEqualTo("/hooks/slack");
    assertThat(slack.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:9999/api/"));
    assertThat(slack.defaultReply()).isEqualTo(SlackReply.THREAD);
    assertThat(slack.channels()).containsOnly(
        Map.entry("C0123ABCDEF", new ChatChannel<>(SlackReply.EPHEMERAL, Optional.of("prod-influx"))),
        Map.entry("C0456GHIJKL", new ChatChannel<>(SlackReply.THREAD, Optional.empty())));
    assertThat(slack.channel("CUNLISTED1")).isEqualTo(new ChatChannel<>(SlackReply.THREAD, Optional.empty()));

    DiscordSettings discord = config.discord().orElseThrow();
    assertThat(discord.token().reveal()).isEqualTo("canary-discord-token-0c0c");
    assertThat(discord.guilds()).containsExactly("123456789012345678", "876543210987654321");
    assertThat(discord.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:9998/api/v10/"));
    assertThat(discord.gatewayUrl()).isEqualTo(URI.create("ws://127.0.0.1:9997/"));
    assertThat(discord.defaultReply()).isEqualTo(DiscordReply.EPHEMERAL);
    assertThat(discord.channel("111111111111111111"))
        .isEqualTo(new ChatChannel<>(DiscordReply.PUBLIC, Optional.of("lab-influx")));
    assertThat(discord.channel("222222222222222222"))
        .isEqualTo(new ChatChannel<>(DiscordReply.EPHEMERAL, Optional.empty()));

    assertThat(config.log().level()).isEqualTo(LogSettings.Level.DEBUG);
  }

  @Test
  void chatSectionDefaults() throws Exception {
    InfluxCheckConfig config = new ConfigLoader(ENV::get).parse("""
        slack:
          botToken: ${SLACK_BOT_TOKEN}
          appToken: ${SLACK_APP_TOKEN}
        discord:
          token: ${DISCORD_TOKEN}
        """, dir.resolve("c.yaml"));

    SlackSettings slack = config.slack().orElseThrow();
    assertThat(slack.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
    assertThat(slack.port()).isEqualTo(3000);
    assertThat(slack.path()).isEqualTo("/slack/events");
    assertThat(slack.apiUrl()).isEqualTo(URI.create("https://slack.com/api/"));
    assertThat(slack.defaultReply()).isEqualTo(SlackReply.CHANNEL);
    assertThat(slack.signingSecret().isEmpty()).isTrue();
    DiscordSettings discord = config.discord().orElseThrow();
    assertThat(discord.apiUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
    assertThat(discord.gatewayUrl()).isEqualTo(URI.create("wss://gateway.discord.gg/"));
    assertThat(discord.defaultReply()).isEqualTo(DiscordReply.PUBLIC);
    assertThat(discord.guilds()).isEmpty();
  }
}
