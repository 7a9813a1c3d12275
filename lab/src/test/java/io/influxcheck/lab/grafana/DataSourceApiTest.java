package io.influxcheck.lab.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins facts E.3: the data-source DTOs, {@code secureJsonFields}, and PUT's merge, read-only and version rules. */
class DataSourceApiTest {
  private static final String TOKEN = "glsa_admin000000000000000000000000000_00000000";
  private static final String AUTH = Http.bearer(TOKEN);

  private GrafanaState state;
  private GrafanaSimulator grafana;

  @BeforeEach
  void start() {
    state = new GrafanaState().add(ServiceAccount.admin("bot", TOKEN))
        .add(GrafanaDataSource.builder("influx-prod", "InfluxDB").url("http://influxdb:8086").isDefault(true)
            .flux("acme", "telegraf", "stored-token").secret("password", "").build());
    grafana = GrafanaSimulator.start(state);
  }

  @AfterEach
  void stop() {
    grafana.close();
  }

  private String uidUrl(String uid) {
    return grafana.url() + "/api/datasources/uid/" + uid;
  }

  @Test
  void dataSourceDtoHasGrafanasFieldOrderAndOnlyNamesNonEmptySecrets() {
    Http.Reply reply = Http.get(uidUrl("influx-prod"), AUTH);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"id\":1,\"uid\":\"influx-prod\",\"orgId\":1,\"name\":\"InfluxDB\",\"type\":\"influxdb\","
        + "\"typeLogoUrl\":\"public/app/plugins/datasource/influxdb/img/influxdb_logo.svg\",\"access\":\"proxy\","
        + "\"url\":\"http://influxdb:8086\",\"user\":\"\",\"database\":\"\",\"basicAuth\":false,\"basicAuthUser\":\"\","
        + "\"withCredentials\":false,\"isDefault\":true,\"jsonData\":{\"defaultBucket\":\"telegraf\",\"httpMode\":\"POST\","
        + "\"organization\":\"acme\",\"version\":\"Flux\"},\"secureJsonFields\":{\"token\":true},\"version\":1,"
        + "\"readOnly\":false,\"apiVersion\":\"\"}");
  }

  @Test
  void byNameFindsTheSameDto() {
    assertThat(Http.get(grafana.url() + "/api/datasources/name/InfluxDB", AUTH).body())
        .isEqualTo(Http.get(uidUrl("influx-prod"), AUTH).body());
  }

  @Test
  void unknownUidIsNotFound() {
    Http.Reply reply = Http.get(uidUrl("nope"), AUTH);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"message\":\"Data source not found\"}");
  }

  @Test
  void listIsSortedByNameIgnoringCaseAndHasNoSecretFields() throws Exception {
    state.add(GrafanaDataSource.builder("b", "beta").build()).add(GrafanaDataSource.builder("a", "Alpha").build());

    Http.Reply reply = Http.get(grafana.url() + "/api/datasources", AUTH);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).startsWith("[{\"id\":3,\"uid\":\"a\",\"orgId\":1,\"name\":\"Alpha\",\"type\":\"influxdb\","
        + "\"typeName\":\"InfluxDB\",\"typeLogoUrl\":\"public/app/plugins/datasource/influxdb/img/influxdb_logo.svg\","
        + "\"access\":\"proxy\",\"url\":\"\",\"user\":\"\",\"database\":\"\",\"basicAuth\":false,\"isDefault\":false,"
        + "\"jsonData\":{},\"readOnly\":false}");
    assertThat(reply.body().indexOf("\"name\":\"beta\"")).isLessThan(reply.body().indexOf("\"name\":\"InfluxDB\""));
    for (com.fasterxml.jackson.databind.JsonNode item : Http.JSON.readTree(reply.body())) {
      assertThat(item.fieldNames()).toIterable().containsExactly("id", "uid", "orgId", "name", "type", "typeName",
          "typeLogoUrl", "access", "url", "user", "database", "basicAuth", "isDefault", "jsonData", "readOnly");
    }
  }

  @Test
  void putKeepsSecretsTheBodyLeavesOutAndBumpsTheVersion() {
    String body = "{\"name\":\"InfluxDB\",\"type\":\"influxdb\",\"access\":\"proxy\",\"url\":\"http://influxdb:8087\","
        + "\"jsonData\":{\"version\":\"Flux\",\"organization\":\"acme\"},\"version\":1}";

    Http.Reply reply = Http.put(uidUrl("influx-prod"), AUTH, body);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).startsWith("{\"datasource\":{\"id\":1,\"uid\":\"influx-prod\"")
        .contains("\"url\":\"http://influxdb:8087\"", "\"secureJsonFields\":{\"token\":true},\"version\":2")
        .endsWith("},\"id\":1,\"message\":\"Datasource updated\",\"name\":\"InfluxDB\"}");
    assertThat(state.dataSource("influx-prod").orElseThrow().secret("token").reveal()).isEqualTo("stored-token");
  }

  @Test
  void putReplacesASecretThatIsSentAndClearsOneSentEmpty() {
    String body = "{\"name\":\"InfluxDB\",\"type\":\"influxdb\",\"access\":\"proxy\",\"url\":\"http://influxdb:8086\","
        + "\"secureJsonData\":{\"token\":\"\",\"basicAuthPassword\":\"new-pass\"}}";

    Http.Reply reply = Http.put(uidUrl("influx-prod"), AUTH, body);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("\"secureJsonFields\":{\"basicAuthPassword\":true}");
    assertThat(state.dataSource("influx-prod").orElseThrow().secret("basicAuthPassword").reveal()).isEqualTo("new-pass");
  }

  @Test
  void putOnReadOnlySourceIsRefused() {
    state.add(GrafanaDataSource.builder("provisioned", "Provisioned").readOnly(true).secret("token", "kept").build());

    Http.Reply reply = Http.put(uidUrl("provisioned"), AUTH,
        "{\"name\":\"Provisioned\",\"type\":\"influxdb\",\"access\":\"proxy\",\"secureJsonData\":{\"token\":\"new\"}}");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).isEqualTo("{\"message\":\"Cannot update read-only data source\"}");
    assertThat(state.dataSource("provisioned").orElseThrow().secret("token").reveal()).isEqualTo("kept");
  }

  @Test
  void putWithStaleVersionConflicts() {
    state.add(state.dataSource("influx-prod").orElseThrow().toBuilder().version(5).build());

    Http.Reply reply = Http.put(uidUrl("influx-prod"), AUTH,
        "{\"name\":\"InfluxDB\",\"type\":\"influxdb\",\"access\":\"proxy\",\"version\":4}");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.body()).isEqualTo(
        "{\"message\":\"Datasource has already been updated by someone else. Please reload and try again\",\"traceID\":\"\"}");
  }

  @Test
  void putWithBadJsonOrInvalidUrlIsABadRequest() {
    Http.Reply badJson = Http.put(uidUrl("influx-prod"), AUTH, "{not json");
    Http.Reply badUrl = Http.put(uidUrl("influx-prod"), AUTH,
        "{\"name\":\"InfluxDB\",\"type\":\"influxdb\",\"access\":\"proxy\",\"url\":\"http://influx db:8086\"}");

    assertThat(badJson.status()).isEqualTo(400);
    assertThat(badJson.body()).isEqualTo("{\"message\":\"bad request data\",\"traceID\":\"\"}");
    assertThat(badUrl.status()).isEqualTo(400);
    assertThat(badUrl.body()).isEqualTo("{\"message\":\"Validation error, invalid URL\",\"traceID\":\"\"}");
  }

  @Test
  void putOnUnknownUidIsNotFound() {
    Http.Reply reply = Http.put(uidUrl("nope"), AUTH, "{\"name\":\"x\",\"type\":\"influxdb\",\"access\":\"proxy\"}");

    assertThat(reply.status()).isEqualTo(404);
  }
}
