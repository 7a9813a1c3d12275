package io.influxcheck.lab.influx;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2.x simulator against the OpenAPI documents InfluxDB 2.7 ships (see
 * {@code src/test/resources/openapi/SOURCES.md}): every route exists with its method, every status the
 * simulator answers is declared (or covered by {@code default}), and JSON bodies match the response schema.
 *
 * <p>Where the spec and the research disagree, the research (read from the server's source) wins; each ignored
 * validation key below says why.
 */
class InfluxV2ContractTest {
  private static InfluxV2State state;
  private static InfluxV2Simulator influx;
  private static V2Org org;
  private static V2Bucket telegraf;
  private static final Set<String> exercised = new LinkedHashSet<>();

  private static final OpenApiInteractionValidator API_V2 = validator("/openapi/influxdb2-oss-openapi-8b5f1bb.yml", "/api/v2");
  /** {@code /health}, {@code /ready}, {@code /ping} are declared with {@code servers: [{url: ''}]}: root-relative. */
  private static final OpenApiInteractionValidator ROOT = validator("/openapi/influxdb2-oss-openapi-8b5f1bb.yml", "/");
  private static final OpenApiInteractionValidator V1_COMPAT = validator("/openapi/influxdb2-v1compat-openapi-ad26a17.yml", "/");

  private static OpenApiInteractionValidator validator(String spec, String basePath) {
    LevelResolver levels = LevelResolver.create()
        // Requests carry wrong or missing credentials on purpose; only the route itself must exist.
        .withLevel("validation.request", ValidationReport.Level.IGNORE)
        .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
        // The validator injects additionalProperties:false unless told not to; the specs leave it open (OpenAPI default).
        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
        // Divergence: the spec types X-Influxdb-Version as an integer; the server sends "v2.7.12" (research A.0/A.2).
        .withLevel("validation.response.header.schema.type", ValidationReport.Level.IGNORE)
        .build();
    return OpenApiInteractionValidator.createForSpecificationUrl(InfluxV2ContractTest.class.getResource(spec).toString())
        .withBasePathOverride(basePath)
        .withLevelResolver(levels)
        .build();
  }

  @BeforeAll
  static void start() {
    state = new InfluxV2State();
    org = state.addOrg("myorg");
    telegraf = state.addBucket(org, "telegraf", 2592000);
    V2User admin = state.addUser("admin");
    state.addAllAccessToken("canary-all-access", admin, org);
    state.addToken("canary-read-token", admin, org, V2Permission.read(V2Resource.bucket(telegraf)));
    state.addDbrp(telegraf, "mydb", "autogen", true);
    state.addPoints(telegraf, List.of(Point.of("cpu", Map.of("host", "a"), "usage", 0.5, Instant.now().minusSeconds(60))));
    influx = InfluxV2Simulator.start(state);
  }

  @AfterAll
  static void stop() {
    influx.close();
  }

  private static void check(OpenApiInteractionValidator validator, String route, HttpRequest.Builder builder, String authorization, String body, int expectedStatus) {
    check(validator, route, builder, authorization, body, expectedStatus, Set.of());
  }

  private static void check(OpenApiInteractionValidator validator, String route, HttpRequest.Builder builder, String authorization, String body,
      int expectedStatus, Set<String> knownDivergences) {
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    HttpRequest request = builder.build();
    HttpResponse<String> response = Http.send(builder);
    assertThat(response.statusCode()).as(route).isEqualTo(expectedStatus);
    exercised.add(route);

    String path = request.uri().getRawPath();
    // Divergence: both v1-compat specs declare only POST /query ("technically this functions with other methods as
    // well"); the server and Grafana's default httpMode use GET, so a GET is checked against the POST operation.
    String method = path.equals("/query") && request.method().equals("GET") ? "POST" : request.method();
    SimpleRequest.Builder simple = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
    String query = request.uri().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        simple.withQueryParam(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
      }
    }
    request.headers().map().forEach((k, v) -> simple.withHeader(k, v));
    if (body != null) {
      simple.withBody(body);
    }
    SimpleResponse.Builder simpleResponse = SimpleResponse.Builder.status(response.statusCode());
    response.headers().map().forEach((k, v) -> simpleResponse.withHeader(k, v));
    if (!response.body().isEmpty()) {
      simpleResponse.withBody(response.body());
    }
    ValidationReport report = validator.validate(simple.build(), simpleResponse.build());
    assertThat(report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR || m.getLevel() == ValidationReport.Level.WARN)
        .filter(m -> !knownDivergences.contains(m.getKey()))
        .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.toList()))
        .as(route + " answered " + response.statusCode() + " " + response.body())
        .isEmpty();
  }

  private static HttpRequest.Builder get(String pathAndQuery) {
    return Http.get(influx.url(), pathAndQuery);
  }

  @Test
  void rootEndpoints() {
    check(ROOT, "GET /health", get("/health"), null, null, 200);
    check(ROOT, "GET /ready", get("/ready"), null, null, 200);
    check(ROOT, "GET /ping", get("/ping"), null, null, 204);
    check(ROOT, "HEAD /ping", get("/ping").method("HEAD", HttpRequest.BodyPublishers.noBody()), null, null, 204);
  }

  @Test
  void apiRootAndTenantEndpoints() {
    check(API_V2, "GET /api/v2", get("/api/v2"), null, null, 200);
    check(API_V2, "GET /api/v2/buckets", get("/api/v2/buckets?org=myorg"), "Token canary-all-access", null, 200);
    check(API_V2, "GET /api/v2/buckets", get("/api/v2/buckets"), null, null, 401);
    check(API_V2, "GET /api/v2/buckets", get("/api/v2/buckets?org=nope"), "Token canary-read-token", null, 404);
    check(API_V2, "GET /api/v2/buckets/{bucketID}", get("/api/v2/buckets/" + telegraf.id()), "Token canary-all-access", null, 200);
    check(API_V2, "GET /api/v2/buckets/{bucketID}", get("/api/v2/buckets/" + org.id()), "Token canary-all-access", null, 404);
    check(API_V2, "GET /api/v2/orgs", get("/api/v2/orgs"), "Token canary-all-access", null, 200);
    check(API_V2, "GET /api/v2/orgs", get("/api/v2/orgs?org=nope"), "Token canary-all-access", null, 404);
    check(API_V2, "GET /api/v2/me", get("/api/v2/me"), "Token canary-all-access", null, 200);
    check(API_V2, "GET /api/v2/me", get("/api/v2/me"), "Token canary-read-token", null, 401);
    check(API_V2, "GET /api/v2/authorizations", get("/api/v2/authorizations"), "Token canary-all-access", null, 200);
    check(API_V2, "GET /api/v2/dbrps", get("/api/v2/dbrps?orgID=" + org.id() + "&db=mydb"), "Token canary-all-access", null, 200);
    check(API_V2, "GET /api/v2/dbrps", get("/api/v2/dbrps"), "Token canary-all-access", null, 400);
  }

  @Test
  void fluxQuery() {
    String body = "{\"query\":\"buckets()\",\"type\":\"flux\"}";
    check(API_V2, "POST /api/v2/query", Http.post(influx.url(), "/api/v2/query?org=myorg", "application/json", body), "Token canary-read-token", body, 200);
    check(API_V2, "POST /api/v2/query", Http.post(influx.url(), "/api/v2/query?org=myorg", "application/json", body), "Token canary-unknown", body, 401);
    check(API_V2, "POST /api/v2/query", Http.post(influx.url(), "/api/v2/query?org=nope", "application/json", body), "Token canary-read-token", body, 400);
    String missing = "{\"query\":\"from(bucket: \\\"nope\\\") |> range(start: -1h)\",\"type\":\"flux\"}";
    check(API_V2, "POST /api/v2/query", Http.post(influx.url(), "/api/v2/query?org=myorg", "application/json", missing), "Token canary-read-token", missing, 404);
  }

  @Test
  void v1CompatibilityQuery() {
    check(V1_COMPAT, "GET /query", get("/query?db=mydb&epoch=ms&q=SHOW%20MEASUREMENTS"), "Token canary-read-token", null, 200);
    check(V1_COMPAT, "GET /query", get("/query?db=mydb&q=SHOW%20MEASUREMENTS"), null, null, 401);
    check(V1_COMPAT, "POST /query", Http.post(influx.url(), "/query?db=mydb&epoch=ms", "application/x-www-form-urlencoded", "q=SELECT+*+FROM+cpu"),
        Http.basic("x", "canary-read-token"), "q=SELECT+*+FROM+cpu", 200);
  }

  @Test
  void everyServedRouteIsCovered() {
    rootEndpoints();
    apiRootAndTenantEndpoints();
    fluxQuery();
    v1CompatibilityQuery();
    List<String> missing = new ArrayList<>(InfluxV2Simulator.ROUTES);
    missing.removeAll(exercised);
    assertThat(missing).as("routes the simulator serves but the contract tests do not exercise").isEmpty();
  }
}
