package io.influxcheck.lab.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the simulator against Grafana 11.4.0's own Swagger 2.0 document (test resource
 * {@code openapi/grafana-11.4.0-api-merged.json}, source in {@code openapi/SOURCES.md}): every answer it
 * gives is for a documented route and method with a declared status, and the main bodies carry the
 * properties the schemas define.
 *
 * <p>Where Grafana's source (the facts document) and its Swagger annotations disagree, the facts win and
 * {@link #DIVERGENCES} says why; those are the only exceptions.
 */
class GrafanaContractTest {
  private static final String SPEC = "/openapi/grafana-11.4.0-api-merged.json";
  private static final String SPEC_SHA256 = "e96338a4d6e3e36d08b48cb7ac13007b17cf390d1f764f7774f1469b7510dc2e";
  private static final String TOKEN = "glsa_contract000000000000000000000000_00000000";

  /** "METHOD /path status" answers Grafana gives but its Swagger annotations do not declare. */
  private static final Map<String, String> DIVERGENCES = Map.of(
      "POST /datasources/uid/{uid}/health 200", "registered with apiRoute.Any (facts D.4); Swagger documents GET only",
      "POST /datasources/uid/{uid}/health 400", "same route, ANY method",
      "PUT /datasources/uid/{uid} 400", "bad request data / Validation error, invalid URL (facts E.3); not annotated",
      "PUT /datasources/uid/{uid} 404", "Data source not found (facts E.3); not annotated",
      "PUT /datasources/uid/{uid} 409", "stale version / name clash (facts E.3); not annotated",
      "GET /datasources/name/{name} 404", "Data source not found; not annotated",
      "POST /ds/query 404", "unknown data source -> 404 Data source not found (facts E.3); not annotated");

  private static JsonNode spec;
  private InfluxStub influx;
  private GrafanaSimulator grafana;

  private record Exchange(String method, String template, int status, String body) {}

  private final List<Exchange> exchanges = new ArrayList<>();

  @BeforeAll
  static void loadSpec() throws Exception {
    byte[] bytes;
    try (InputStream in = GrafanaContractTest.class.getResourceAsStream(SPEC)) {
      assertThat(in).as("test resource %s", SPEC).isNotNull();
      bytes = in.readAllBytes();
    }
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(SPEC_SHA256);
    spec = Http.JSON.readTree(bytes);
    assertThat(spec.path("swagger").asText()).isEqualTo("2.0");
    assertThat(spec.path("basePath").asText()).isEqualTo("/api");
  }

  @BeforeEach
  void start() throws IOException {
    influx = new InfluxStub()
        .answer("/api/v2/query", 200, "text/csv; charset=utf-8", HealthCheckTest.BUCKETS_CSV)
        .answer("/query", 401, "application/json", "{\"error\":\"authorization failed\"}\n");
    GrafanaState state = new GrafanaState()
        .add(ServiceAccount.admin("bot", TOKEN))
        .add(ServiceAccount.active("reader", "glsa_reader", GrafanaPermission.DATASOURCES_READ))
        .add(GrafanaDataSource.builder("flux", "Flux").url(influx.url()).flux("acme", "telegraf", "t").build())
        .add(GrafanaDataSource.builder("ql", "InfluxQL").url(influx.url()).influxQl("db", "u", "p").build())
        .add(GrafanaDataSource.builder("prov", "Provisioned").readOnly(true).build());
    grafana = GrafanaSimulator.start(state);
    drive();
  }

  @AfterEach
  void stop() {
    grafana.close();
    influx.close();
  }

  /** Produces every status the simulator answers on each route. */
  private void drive() {
    String auth = Http.bearer(TOKEN);
    call("GET", "/health", "/api/health", null, null);
    call("GET", "/datasources", "/api/datasources", auth, null);
    call("GET", "/datasources", "/api/datasources", null, null);
    call("GET", "/datasources/uid/{uid}", "/api/datasources/uid/flux", auth, null);
    call("GET", "/datasources/uid/{uid}", "/api/datasources/uid/nope", auth, null);
    call("GET", "/datasources/uid/{uid}", "/api/datasources/uid/flux", Http.bearer("glsa_unknown"), null);
    call("GET", "/datasources/name/{name}", "/api/datasources/name/Flux", auth, null);
    call("GET", "/datasources/name/{name}", "/api/datasources/name/nope", auth, null);
    String put = "{\"name\":\"Flux\",\"type\":\"influxdb\",\"access\":\"proxy\",\"url\":\"" + influx.url()
        + "\",\"jsonData\":{\"version\":\"Flux\",\"organization\":\"acme\"},\"version\":1}";
    call("PUT", "/datasources/uid/{uid}", "/api/datasources/uid/flux", auth, put);
    call("PUT", "/datasources/uid/{uid}", "/api/datasources/uid/flux", auth, put);
    call("PUT", "/datasources/uid/{uid}", "/api/datasources/uid/prov", auth, put.replace("Flux\",\"type", "Provisioned\",\"type"));
    call("PUT", "/datasources/uid/{uid}", "/api/datasources/uid/nope", auth, put);
    call("PUT", "/datasources/uid/{uid}", "/api/datasources/uid/flux", auth, "{");
    call("PUT", "/datasources/uid/{uid}", "/api/datasources/uid/flux", Http.bearer("glsa_reader"), put);
    call("GET", "/datasources/uid/{uid}/health", "/api/datasources/uid/flux/health", auth, null);
    call("GET", "/datasources/uid/{uid}/health", "/api/datasources/uid/ql/health", auth, null);
    call("GET", "/datasources/uid/{uid}/health", "/api/datasources/uid/nope/health", auth, null);
    call("GET", "/datasources/uid/{uid}/health", "/api/datasources/uid/flux/health", Http.bearer("glsa_reader"), null);
    call("POST", "/datasources/uid/{uid}/health", "/api/datasources/uid/flux/health", auth, "");
    call("POST", "/datasources/uid/{uid}/health", "/api/datasources/uid/ql/health", auth, "");
    String query = "{\"from\":\"now-1h\",\"to\":\"now\",\"queries\":[{\"refId\":\"A\",\"datasource\":{\"uid\":\"%s\"},"
        + "\"query\":\"%s\",\"rawQuery\":true}]}";
    call("POST", "/ds/query", "/api/ds/query", auth, String.format(query, "flux", "buckets()"));
    call("POST", "/ds/query", "/api/ds/query", auth, String.format(query, "ql", "SHOW DATABASES"));
    call("POST", "/ds/query", "/api/ds/query", auth, String.format(query, "nope", "x"));
    call("POST", "/ds/query", "/api/ds/query", Http.bearer("glsa_reader"), String.format(query, "flux", "x"));
    call("GET", "/datasources/proxy/uid/{uid}/{datasource_proxy_route}", "/api/datasources/proxy/uid/ql/query?q=x", auth, null);
    call("GET", "/datasources/proxy/uid/{uid}/{datasource_proxy_route}", "/api/datasources/proxy/uid/nope/query", auth, null);
  }

  private void call(String method, String template, String path, String auth, String body) {
    Http.Reply reply;
    switch (method) {
      case "PUT":
        reply = Http.put(grafana.url() + path, auth, body);
        break;
      case "POST":
        reply = Http.post(grafana.url() + path, auth, body);
        break;
      default:
        reply = Http.get(grafana.url() + path, auth);
    }
    exchanges.add(new Exchange(method, template, reply.status(), reply.body()));
  }

  @Test
  void everyAnswerIsADocumentedRouteMethodAndStatus() {
    Set<String> undocumented = new TreeSet<>();
    for (Exchange e : exchanges) {
      JsonNode path = spec.path("paths").path(e.template());
      assertThat(path.isMissingNode()).as("path %s in the spec", e.template()).isFalse();
      String key = e.method() + " " + e.template() + " " + e.status();
      JsonNode operation = path.path(e.method().toLowerCase(Locale.ROOT));
      if (operation.isMissingNode() || !operation.path("responses").has(String.valueOf(e.status()))) {
        undocumented.add(key);
      }
    }
    assertThat(undocumented).allSatisfy(key -> assertThat(DIVERGENCES).as("undocumented answer %s", key).containsKey(key));
  }

  @Test
  void everyStatusInTheDivergenceListIsReallyAnswered() {
    Set<String> answered = new LinkedHashSet<>();
    exchanges.forEach(e -> answered.add(e.method() + " " + e.template() + " " + e.status()));
    assertThat(answered).containsAll(DIVERGENCES.keySet());
  }

  @Test
  void dataSourceBodiesCarryTheSchemasProperties() throws Exception {
    JsonNode dto = body("GET", "/datasources/uid/{uid}", 200);
    Set<String> dataSource = properties("DataSource");
    dataSource.remove("accessControl"); // only with ?accesscontrol=true
    assertThat(fieldNames(dto)).containsAll(dataSource);
    // apiVersion is in Grafana's struct but swagger:ignore'd (facts E.3).
    assertThat(fieldNames(dto)).isSubsetOf(union(dataSource, Set.of("apiVersion")));

    JsonNode list = body("GET", "/datasources", 200);
    assertThat(list.isArray()).isTrue();
    for (JsonNode item : list) {
      assertThat(fieldNames(item)).isEqualTo(properties("DataSourceListItemDTO"));
    }

    JsonNode updated = body("PUT", "/datasources/uid/{uid}", 200);
    JsonNode putSchema = responseSchema("/datasources/uid/{uid}", "put", "200");
    putSchema.path("required").forEach(required -> assertThat(updated.has(required.asText())).isTrue());
    assertThat(fieldNames(updated.path("datasource"))).containsAll(dataSource);
  }

  @Test
  void healthBodiesCarryTheSchemasProperties() throws Exception {
    Set<String> apiHealth = properties("healthResponse");
    apiHealth.remove("enterpriseCommit"); // Enterprise only
    assertThat(fieldNames(body("GET", "/health", 200))).isEqualTo(apiHealth);

    JsonNode ok = body("GET", "/datasources/uid/{uid}/health", 200);
    assertThat(fieldNames(ok)).containsAll(schemaProperties(responseSchema("/datasources/uid/{uid}/health", "get", "200")));
  }

  @Test
  void queryBodiesCarryTheSchemasProperties() throws Exception {
    JsonNode ok = body("POST", "/ds/query", 200);
    JsonNode failed = body("POST", "/ds/query", 400);
    assertThat(fieldNames(ok)).isEqualTo(properties("QueryDataResponse"));
    // DataResponse is annotated with Go field names (Error, ErrorSource, Frames, Status); the SDK's own
    // JSON marshaller writes them lower-camel (facts E.3), so the comparison ignores case.
    Set<String> dataResponse = lowerCase(properties("DataResponse"));
    assertThat(lowerCase(fieldNames(ok.path("results").path("A")))).isSubsetOf(dataResponse).contains("frames", "status");
    assertThat(lowerCase(fieldNames(failed.path("results").path("A")))).isEqualTo(Set.of("error", "errorsource", "status"));
  }

  @Test
  void errorBodiesHaveTheRequiredMessage() throws Exception {
    JsonNode required = spec.path("definitions").path("ErrorResponseBody").path("required");
    assertThat(required.toString()).isEqualTo("[\"message\"]");
    for (Exchange e : exchanges) {
      boolean plainTextProxy400 = e.template().startsWith("/datasources/proxy/") && e.status() == 400;
      boolean queryResults = e.template().equals("/ds/query") && e.body().startsWith("{\"results\"");
      boolean healthResult = e.template().endsWith("/health") && e.body().contains("\"status\":\"ERROR\"");
      if (e.status() >= 400 && !plainTextProxy400 && !queryResults && !healthResult) {
        assertThat(Http.JSON.readTree(e.body()).has("message")).as("%s %s %d: %s", e.method(), e.template(), e.status(), e.body()).isTrue();
      }
    }
  }

  private JsonNode body(String method, String template, int status) throws IOException {
    for (Exchange e : exchanges) {
      if (e.method().equals(method) && e.template().equals(template) && e.status() == status) {
        return Http.JSON.readTree(e.body());
      }
    }
    throw new AssertionError("no " + status + " answer for " + method + " " + template + " was driven");
  }

  private static JsonNode responseSchema(String path, String method, String status) {
    JsonNode response = spec.path("paths").path(path).path(method).path("responses").path(status);
    if (response.has("$ref")) {
      response = resolve(response.get("$ref").asText());
    }
    JsonNode schema = response.path("schema");
    return schema.has("$ref") ? resolve(schema.get("$ref").asText()) : schema;
  }

  private static JsonNode resolve(String ref) {
    JsonNode node = spec;
    for (String part : ref.substring(2).split("/")) {
      node = node.path(part);
    }
    return node;
  }

  private static Set<String> properties(String definition) {
    JsonNode schema = spec.path("definitions").path(definition);
    assertThat(schema.isMissingNode()).as("definition %s", definition).isFalse();
    return schemaProperties(schema);
  }

  private static Set<String> schemaProperties(JsonNode schema) {
    Set<String> names = new TreeSet<>();
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> lowerCase(Set<String> names) {
    Set<String> lower = new TreeSet<>();
    names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
    return lower;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
