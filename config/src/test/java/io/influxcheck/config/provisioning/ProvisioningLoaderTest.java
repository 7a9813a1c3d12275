package io.influxcheck.config.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.influxcheck.config.ConfigException;
import io.influxcheck.config.ConfigProblem;
import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.SettingsOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisioningLoaderTest {
  static final Map<String, String> ENV = Map.of(
      "INFLUX_TOKEN", "canary-influx-token-e1e1",
      "INFLUX_PASSWORD", "canary-influx-password-d2d2",
      "INFLUX1_URL", "http://influx1:8086");

  @TempDir Path dir;

  private final ProvisioningLoader loader = new ProvisioningLoader(ENV::get);

  private static Path fixture() throws Exception {
    return Path.of(ProvisioningLoaderTest.class.getResource("/io/influxcheck/config/provisioning/influx.yaml").toURI());
  }

  private ProvisioningResult fixtureResult() throws Exception {
    return loader.load(fixture());
  }

  @Test
  void readsFluxEntry() throws Exception {
    DataSourceSettings flux = fixtureResult().influx().get(0);

    assertThat(flux.name()).isEqualTo("InfluxDB Flux");
    assertThat(flux.uid()).isEqualTo("flux-uid");
    assertThat(flux.url()).isEqualTo("http://influxdb:8086");
    assertThat(flux.access()).isEqualTo("proxy");
    assertThat(flux.queryLanguage()).isEqualTo(QueryLanguage.FLUX);
    assertThat(flux.rawVersion()).isEqualTo("Flux");
    assertThat(flux.organization()).isEqualTo("my-org");
    assertThat(flux.defaultBucket()).isEqualTo("telegraf");
    assertThat(flux.tlsSkipVerify()).isTrue();
    assertThat(flux.token().reveal()).isEqualTo("canary-influx-token-e1e1");
    assertThat(flux.token().source()).isEqualTo("$INFLUX_TOKEN");
    assertThat(flux.storedSecrets()).containsExactly("token");
    assertThat(flux.origin()).isEqualTo(SettingsOrigin.file(fixture().toString(), 9));
    assertThat(flux.unresolvedVariables()).isEmpty();
    assertThat(flux.secretsInJsonData()).isEmpty();
  }

  @Test
  void readsInfluxQlEntryWithBasicAuth() throws Exception {
    DataSourceSettings legacy = fixtureResult().influx().get(1);

    assertThat(legacy.url()).as("${VAR} expanded").isEqualTo("http://influx1:8086");
    assertThat(legacy.queryLanguage()).isEqualTo(QueryLanguage.INFLUXQL);
    assertThat(legacy.rawVersion()).isEmpty();
    assertThat(legacy.database()).as("jsonData.dbName wins over database").isEqualTo("telegraf");
    assertThat(legacy.user()).isEqualTo("grafana");
    assertThat(legacy.basicAuth()).isTrue();
    assertThat(legacy.basicAuthUser()).isEqualTo("proxy-user");
    assertThat(legacy.httpMode()).isEqualTo("POST");
    assertThat(legacy.password().reveal()).isEqualTo("canary-influx-password-d2d2");
    assertThat(legacy.password().source()).isEqualTo("${INFLUX_PASSWORD}");
    assertThat(legacy.basicAuthPassword().reveal()).isEqualTo("canary-basic-auth-literal-61f0");
    assertThat(legacy.basicAuthPassword().source()).as("a literal's source is its place, never its value")
        .isEqualTo(fixture() + ":34 secureJsonData.basicAuthPassword");
    assertThat(legacy.storedSecrets()).containsExactlyInAnyOrder("password", "basicAuthPassword");
    assertThat(legacy.token().isEmpty()).isTrue();
    assertThat(legacy.origin().line()).isEqualTo(23);
  }

  @Test
  void readsCustomAuthorizationHeaderUpToTheFirstGap() throws Exception {
    DataSourceSettings header = fixtureResult().influx().get(2);

    assertThat(header.database()).as("top-level database when no dbName").isEqualTo("metrics");
    assertThat(header.httpMode()).isEqualTo("GET");
    assertThat(header.customHeaders()).extracting(CustomHeader::index, CustomHeader::name)
        .containsExactly(tuple(1, "Authorization"), tuple(2, "X-Scope"));
    assertThat(header.customHeaders().get(0).value().reveal()).isEqualTo("Token canary-influx-token-e1e1");
    assertThat(header.customHeaders().get(1).value().reveal()).isEqualTo("team-a");
    assertThat(header.storedSecrets()).containsExactlyInAnyOrder("httpHeaderValue1", "httpHeaderValue2");
  }

  @Test
  void readsSqlEntryAndSkipsOtherTypes() throws Exception {
    ProvisioningResult result = fixtureResult();
    DataSourceSettings sql = result.influx().get(3);

    assertThat(sql.queryLanguage()).isEqualTo(QueryLanguage.SQL);
    assertThat(sql.database()).isEqualTo("sensors");
    assertThat(sql.url()).isEqualTo("https://influx3:8181");
    assertThat(result.influx()).hasSize(4);
    assertThat(result.skipped()).containsExactly(
        new SkippedDataSource("Prometheus", "prometheus", SettingsOrigin.file(fixture().toString(), 50)));
  }

  @Test
  void nearMissKeysAreNotedWithFileLineAndTheKeyMeantOthersAreIgnoredLikeGrafana() throws Exception {
    ProvisioningResult result = loader.parse("""
        apiVersion: 1
        datasources:
          - name: typo
            type: influxdb
            urll: http://influx:8086
            isDefault: true
            jsonData:
              verison: Flux
              organization: acme
              defaultbucket: telegraf
              someOtherPluginSetting: x
            secureJsonData:
              tokne: ${INFLUX_TOKEN}
          - name: loki
            type: loki
            urll: http://loki:3100
        """, Path.of("typo.yaml"));

    assertThat(result.notes()).containsExactly(
        "typo.yaml:5: datasources[0].urll: not a key Grafana reads, so it is ignored (by Grafana too); did you mean 'url'?",
        "typo.yaml:8: datasources[0].jsonData.verison: not a key Grafana reads, so it is ignored (by Grafana too); did you mean 'version'?",
        "typo.yaml:13: datasources[0].secureJsonData.tokne: not a key Grafana reads, so it is ignored (by Grafana too); did you mean 'token'?");
    assertThat(result.influx().get(0).url()).isEmpty();
    assertThat(String.join("\n", result.notes())).doesNotContain("canary");
  }

  @Test
  void unknownVersionStillGivesSettingsWithTheRawString() throws Exception {
    DataSourceSettings settings = loader.parse("""
        apiVersion: 1
        datasources:
          - name: odd
            type: influxdb
            jsonData: {version: Flux2}
        """, Path.of("odd.yaml")).influx().get(0);

    assertThat(settings.queryLanguage()).isEqualTo(QueryLanguage.INFLUXQL);
    assertThat(settings.rawVersion()).isEqualTo("Flux2");
    assertThat(QueryLanguage.fromGrafana(settings.rawVersion())).isEmpty();
  }

  @Test
  void recordsUnresolvedVariablesAndKeepsDoubleDollar() throws Exception {
    DataSourceSettings settings = loader.parse("""
        apiVersion: 1
        datasources:
          - name: $$prod-${SITE}
            type: influxdb
            url: http://$INFLUX_HOST:8086
            jsonData:
              organization: ${ORG}
              nested: {a: [$DEEP]}
            secureJsonData:
              password: pa$$word$SUFFIX
        """, Path.of("vars.yaml")).influx().get(0);

    assertThat(settings.name()).isEqualTo("$prod-");
    assertThat(settings.url()).isEqualTo("http://:8086");
    assertThat(settings.password().reveal()).isEqualTo("pa$word");
    assertThat(settings.unresolvedVariables()).containsExactlyInAnyOrder("SITE", "INFLUX_HOST", "ORG", "DEEP", "SUFFIX");
  }

  @Test
  void flagsSecretsWrittenInJsonData() throws Exception {
    DataSourceSettings settings = loader.parse("""
        apiVersion: 1
        datasources:
          - name: leaky
            type: influxdb
            jsonData:
              version: Flux
              token: canary-jsondata-token-0001
              httpHeaderName1: Authorization
              httpHeaderValue1: Token canary-jsondata-token-0002
              httpHeaderName2: "Authorization: Token canary-jsondata-token-0003"
              Authorization: Bearer canary-jsondata-token-0004
              apiKey: canary-jsondata-token-0005
              tlsAuth: false
              defaultBucket: b
              password: ""
        """, Path.of("leaky.yaml")).influx().get(0);

    assertThat(settings.secretsInJsonData()).containsExactly(
        "token", "httpHeaderValue1", "httpHeaderName2", "Authorization", "apiKey");
    assertThat(settings.customHeaders()).as("a name that is no valid header name cannot be sent")
        .extracting(CustomHeader::name).containsExactly("Authorization");
    assertThat(settings.customHeaders().get(0).value().isEmpty())
        .as("Grafana reads header values only from secureJsonData").isTrue();
    assertThat(settings.storedSecrets()).isEmpty();
    assertThat(settings.toString()).doesNotContain("canary");
  }

  @Test
  void readsAFolderOfFilesInNameOrder() throws Exception {
    Files.writeString(dir.resolve("02-b.yml"), entry("b"));
    Files.writeString(dir.resolve("01-a.yaml"), entry("a"));
    Files.writeString(dir.resolve("notes.txt"), "not yaml: [");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/00-ignored.yaml"), entry("ignored"));

    ProvisioningResult result = loader.load(dir);

    assertThat(result.influx()).extracting(DataSourceSettings::name).containsExactly("a", "b");
    assertThat(result.influx().get(1).origin().location()).isEqualTo(dir.resolve("02-b.yml").toString());
  }

  @Test
  void findsByNameOrUidCaseInsensitivelyAndSuggestsClosestNames() throws Exception {
    ProvisioningResult result = fixtureResult();

    assertThat(result.find("influxdb flux")).map(DataSourceSettings::uid).contains("flux-uid");
    assertThat(result.find("SQL-UID")).map(DataSourceSettings::name).contains("InfluxDB 3 SQL");
    assertThat(result.find("influxdb flux2")).isEmpty();
    assertThat(result.closestNames("influxdb flux2")).first().isEqualTo("InfluxDB Flux");
    assertThat(result.closestNames("legacy")).containsExactly("InfluxQL legacy");
    assertThat(result.closestNames("nothing-like-it")).isEmpty();
    assertThat(result.findSkipped("prometheus")).isPresent();
  }

  @Test
  void reportsEveryProblemAcrossFilesWithFileLineAndKeyPath() throws Exception {
    Files.writeString(dir.resolve("a-broken.yaml"), "apiVersion: 1\ndatasources:\n  - name: x\n    url: [\n");
    Files.writeString(dir.resolve("b-empty.yaml"), "apiVersion: 1\n");
    Files.writeString(dir.resolve("c-entries.yaml"), """
        apiVersion: 1
        datasources:
          - type: influxdb
            url: http://x
          - name: typed wrongly
            type: influxdb
            basicAuth: maybe
            url: [http://a, http://b]
            secureJsonData: [canary-list-secret]
          - just a string
        """);
    Files.writeString(dir.resolve("d-noversion.yml"), "datasources: []\n");

    ConfigException e = assertThatExceptionOfType(ConfigException.class).isThrownBy(() -> loader.load(dir)).actual();

    assertThat(e.problems())
        .extracting(p -> Path.of(p.file()).getFileName().toString(), ConfigProblem::line, ConfigProblem::keyPath,
            ConfigProblem::message)
        .containsExactly(
            tuple("a-broken.yaml", 5, "", "malformed YAML (column 1): expected the node content, but found '<stream end>'"
                + " (while parsing a flow node)"),
            tuple("b-empty.yaml", 1, "", "missing datasources: this is not a data-source provisioning file"),
            tuple("c-entries.yaml", 3, "datasources[0].name", "missing; every data source needs a name"),
            tuple("c-entries.yaml", 7, "datasources[1].basicAuth", "expected true or false, found 'maybe'"),
            tuple("c-entries.yaml", 8, "datasources[1].url", "expected a string, found a list"),
            tuple("c-entries.yaml", 9, "datasources[1].secureJsonData", "expected a mapping, found a list"),
            tuple("c-entries.yaml", 10, "datasources[2]",
                "expected a data source (a mapping with name, type, url, ...), found a string"),
            tuple("d-noversion.yml", 1, "apiVersion", "missing; expected apiVersion: 1 (files without it are in"
                + " Grafana's deprecated v0 format, which influx-check does not read)"));
    assertThat(e.getMessage()).doesNotContain("canary");
  }

  @Test
  void missingPathIsAProblem() {
    ConfigException e = assertThatExceptionOfType(ConfigException.class)
        .isThrownBy(() -> loader.load(List.of(dir.resolve("nope")))).actual();
    assertThat(e.describe()).isEqualTo(dir.resolve("nope") + ": no such file or folder");
  }

  private static String entry(String name) {
    return "apiVersion: 1\ndatasources:\n  - name: " + name + "\n    type: influxdb\n    url: http://x:8086\n";
  }
}
