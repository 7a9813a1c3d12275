package io.influxcheck.lab.influx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.lab.http.GoJson;
import io.influxcheck.lab.http.Header;
import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import io.influxcheck.lab.http.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An InfluxDB 2.x OSS (2.7) server on 127.0.0.1: {@code /ping}, {@code /health}, {@code /ready},
 * {@code /api/v2} (links), buckets, orgs, me, authorizations, dbrps, Flux {@code /api/v2/query} and the v1
 * compatibility {@code /query}, answering with the status codes, bodies and headers of the real server.
 *
 * <pre>{@code
 * try (InfluxV2Simulator influx = InfluxV2Simulator.start(state)) {
 *   URI url = influx.url();
 *   ...
 *   RecordedCall call = influx.calls().take(Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class InfluxV2Simulator extends Simulator {
  /** Every route this simulator answers, as {@code METHOD /path} with OpenAPI-style templates (the contract tests cover each). */
  public static final List<String> ROUTES = List.of(
      "GET /ping", "HEAD /ping", "GET /health", "GET /ready", "GET /query", "POST /query",
      "GET /api/v2", "GET /api/v2/buckets", "GET /api/v2/buckets/{bucketID}", "GET /api/v2/orgs", "GET /api/v2/me",
      "GET /api/v2/authorizations", "GET /api/v2/dbrps", "POST /api/v2/query");

  private static final Set<String> NO_AUTH_API = Set.of("/api/v2", "/api/v2/", "/api/v2/setup", "/api/v2/swagger.json");

  private final InfluxV2State state;
  private final V2Auth auth;
  private final V2TenantApi tenant;
  private final V2FluxQueryApi flux;
  private final V2LegacyQueryApi legacy;

  private InfluxV2Simulator(InfluxV2State state) {
    super("influxdb2");
    this.state = state;
    this.auth = new V2Auth(state);
    this.tenant = new V2TenantApi(state);
    this.flux = new V2FluxQueryApi(state);
    this.legacy = new V2LegacyQueryApi(state);
  }

  public static InfluxV2Simulator start(InfluxV2State state) {
    return listen(new InfluxV2Simulator(state));
  }

  public InfluxV2State state() {
    return state;
  }

  @Override
  protected SimResponse handle(SimRequest request) {
    List<Header> common = List.of(new Header("X-Influxdb-Build", "OSS"), new Header("X-Influxdb-Version", state.version()));
    return route(request).withLeadingHeaders(common);
  }

  private SimResponse route(SimRequest request) {
    String path = request.path();
    String method = request.method();
    switch (path) {
      case "/ping":
        return method.equals("GET") || method.equals("HEAD") ? SimResponse.empty(204) : methodNotAllowed();
      case "/health":
        return health();
      case "/ready":
        return ready();
      case "/query": {
        V2Auth.Result who = auth.legacy(request);
        if (who.failed()) {
          return who.error();
        }
        return method.equals("GET") || method.equals("POST") ? legacy.query(request, who.caller()) : methodNotAllowed();
      }
      default:
        break;
    }
    if (!path.startsWith("/api/v2")) {
      return SimResponse.of(404, "text/plain; charset=utf-8", "404 page not found\n");
    }
    if (NO_AUTH_API.contains(path)) {
      return apiRoot();
    }
    V2Auth.Result who = auth.apiV2(request);
    if (who.failed()) {
      return who.error();
    }
    return api(request, who.caller());
  }

  private SimResponse api(SimRequest request, V2Caller caller) {
    String path = request.path();
    boolean get = request.method().equals("GET");
    if (path.equals("/api/v2/query")) {
      return request.method().equals("POST") ? flux.query(request, caller) : methodNotAllowed();
    }
    if (!get) {
      return methodNotAllowed();
    }
    if (path.startsWith("/api/v2/buckets/") && path.indexOf('/', "/api/v2/buckets/".length()) < 0) {
      return tenant.bucketById(path.substring("/api/v2/buckets/".length()), caller);
    }
    return switch (path) {
      case "/api/v2/buckets" -> tenant.buckets(request, caller);
      case "/api/v2/orgs" -> tenant.orgs(request, caller);
      case "/api/v2/me" -> tenant.me(caller);
      case "/api/v2/authorizations" -> tenant.authorizations(request, caller);
      case "/api/v2/dbrps" -> tenant.dbrps(request, caller);
      default -> V2Errors.compact("not found", "path not found");
    };
  }

  private static SimResponse methodNotAllowed() {
    return V2Errors.compact("method not allowed", "method not allowed");
  }

  /** The literal format string of {@code http/health.go}: spaces after some commas, trailing newline. */
  private SimResponse health() {
    String body = "{\"name\":\"influxdb\", \"message\":\"ready for queries and writes\", \"status\":\"pass\", \"checks\":[], \"version\": \""
        + state.version() + "\", \"commit\": \"" + state.commit() + "\"}\n";
    return SimResponse.of(200, V2Errors.JSON, body);
  }

  /** {@code http/ready.go}: 4-space indented, encoder newline. */
  private SimResponse ready() {
    Instant started = state.startedAt();
    Duration up = Duration.between(started, Instant.now());
    String body = "{\n    \"status\": \"ready\",\n    \"started\": \"" + Rfc3339.nano(started) + "\",\n    \"up\": \"" + goDuration(up) + "\"\n}\n";
    return SimResponse.of(200, V2Errors.JSON, body);
  }

  private static String goDuration(Duration d) {
    long ms = d.toMillis();
    long h = ms / 3_600_000;
    long m = (ms / 60_000) % 60;
    double s = (ms % 60_000) / 1000.0;
    String seconds = GoJson.goFloat(s) + "s";
    return h > 0 ? h + "h" + m + "m" + seconds : m > 0 ? m + "m" + seconds : seconds;
  }

  /** {@code GET /api/v2}: the links map of {@code http/api_handler.go}, compact with encoder newline. */
  private static SimResponse apiRoot() {
    ObjectNode root = GoJson.object();
    root.put("authorizations", "/api/v2/authorizations");
    root.put("backup", "/api/v2/backup");
    root.put("buckets", "/api/v2/buckets");
    root.put("checks", "/api/v2/checks");
    root.put("dashboards", "/api/v2/dashboards");
    root.put("delete", "/api/v2/delete");
    root.putObject("external").put("statusFeed", "https://www.influxdata.com/feed/json");
    root.put("flags", "/api/v2/flags");
    root.put("labels", "/api/v2/labels");
    root.put("me", "/api/v2/me");
    root.put("notificationEndpoints", "/api/v2/notificationEndpoints");
    root.put("notificationRules", "/api/v2/notificationRules");
    root.put("orgs", "/api/v2/orgs");
    root.put("plugins", "/api/v2/telegraf/plugins");
    ObjectNode query = root.putObject("query");
    query.put("analyze", "/api/v2/query/analyze");
    query.put("ast", "/api/v2/query/ast");
    query.put("self", "/api/v2/query");
    query.put("suggestions", "/api/v2/query/suggestions");
    root.put("restore", "/api/v2/restore");
    root.put("scrapers", "/api/v2/scrapers");
    root.put("setup", "/api/v2/setup");
    root.put("signin", "/api/v2/signin");
    root.put("signout", "/api/v2/signout");
    root.put("sources", "/api/v2/sources");
    root.put("swagger", "/api/v2/swagger.json");
    ObjectNode system = root.putObject("system");
    system.put("debug", "/debug/pprof");
    system.put("health", "/health");
    system.put("metrics", "/metrics");
    root.put("tasks", "/api/v2/tasks");
    root.put("telegrafs", "/api/v2/telegrafs");
    root.put("users", "/api/v2/users");
    root.put("variables", "/api/v2/variables");
    root.put("write", "/api/v2/write");
    return SimResponse.of(200, V2Errors.JSON, GoJson.compact(root) + "\n");
  }
}
