package io.influxcheck.lab.grafana;

import io.influxcheck.lab.http.GoJson;
import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes a request to the simulated Grafana HTTP API: authenticates the service-account token, checks
 * the RBAC action of the route (facts E.2), and dispatches. {@code /api/health} needs no token.
 */
final class GrafanaApi {
  private static final Pattern DATASOURCE_UID = Pattern.compile("/api/datasources/uid/([^/]+)");
  private static final Pattern DATASOURCE_NAME = Pattern.compile("/api/datasources/name/([^/]+)");
  private static final Pattern HEALTH = Pattern.compile("/api/datasources/uid/([^/]+)/health");
  private static final Pattern PROXY = Pattern.compile("/api/datasources/proxy/uid/([^/]+)(/.*)?");

  private final GrafanaState state;
  private final CallerAuth auth;
  private final DataSourceRoutes dataSources;
  private final HealthRoute health;
  private final QueryRoute query;
  private final ProxyRoute proxy;

  GrafanaApi(GrafanaState state, InfluxUpstream upstream) {
    this.state = state;
    this.auth = new CallerAuth(state);
    InfluxPlugin plugin = new InfluxPlugin(upstream);
    this.dataSources = new DataSourceRoutes(state);
    this.health = new HealthRoute(state, new HealthCheck(plugin));
    this.query = new QueryRoute(state, plugin);
    this.proxy = new ProxyRoute(state, upstream);
  }

  SimResponse handle(SimRequest request) throws InterruptedException {
    String decoded = decodedPath(request.path());
    String path = decoded.length() > 1 && decoded.endsWith("/") ? decoded.substring(0, decoded.length() - 1) : decoded;
    String method = request.method();
    if (path.equals("/api/health") && (method.equals("GET") || method.equals("HEAD"))) {
      return apiHealth();
    }
    Matcher m;
    if (path.equals("/api/datasources") && method.equals("GET")) {
      return guarded(request, GrafanaPermission.DATASOURCES_READ, () -> dataSources.list());
    }
    if ((m = HEALTH.matcher(path)).matches()) {
      String uid = m.group(1);
      return guarded(request, GrafanaPermission.DATASOURCES_QUERY, () -> health.check(uid));
    }
    if ((m = DATASOURCE_UID.matcher(path)).matches()) {
      String uid = m.group(1);
      if (method.equals("GET")) {
        return guarded(request, GrafanaPermission.DATASOURCES_READ, () -> dataSources.byUid(uid));
      }
      if (method.equals("PUT")) {
        return guarded(request, GrafanaPermission.DATASOURCES_WRITE, () -> dataSources.update(uid, request.bodyText()));
      }
    }
    if ((m = DATASOURCE_NAME.matcher(path)).matches() && method.equals("GET")) {
      String name = m.group(1);
      return guarded(request, GrafanaPermission.DATASOURCES_READ, () -> dataSources.byName(name));
    }
    if (path.equals("/api/ds/query") && method.equals("POST")) {
      return guarded(request, GrafanaPermission.DATASOURCES_QUERY, () -> query.query(request.bodyText()));
    }
    if ((m = PROXY.matcher(decoded)).matches()) {
      String uid = m.group(1);
      String rest = m.group(2) == null ? "" : m.group(2);
      return guarded(request, GrafanaPermission.DATASOURCES_QUERY, () -> proxy.forward(uid, rest, request));
    }
    return GrafanaResponse.message(404, "Not found");
  }

  /** {@code GET /api/health}: Go's {@code json.MarshalIndent(map, "", "  ")}, so keys sorted. */
  private SimResponse apiHealth() {
    Map<String, String> body = new TreeMap<>();
    body.put("commit", state.commit());
    body.put("database", "ok");
    body.put("version", state.grafanaVersion());
    StringBuilder json = new StringBuilder("{\n");
    int i = 0;
    for (Map.Entry<String, String> entry : body.entrySet()) {
      json.append("  ").append(GoJson.quote(entry.getKey())).append(": ").append(GoJson.quote(entry.getValue()))
          .append(++i < body.size() ? ",\n" : "\n");
    }
    json.append('}');
    return SimResponse.of(200, "application/json; charset=UTF-8", json.toString());
  }

  /** The JDK server hands over the raw path; Grafana's router matches the decoded one. */
  private static String decodedPath(String rawPath) {
    try {
      return URI.create("http://grafana" + rawPath).getPath();
    } catch (IllegalArgumentException notAUri) {
      return rawPath;
    }
  }

  private interface Route {
    SimResponse run() throws InterruptedException;
  }

  private SimResponse guarded(SimRequest request, GrafanaPermission permission, Route route) throws InterruptedException {
    CallerAuth.Caller caller = auth.authenticate(request.header("Authorization").orElse(null));
    if (caller instanceof CallerAuth.Rejected) {
      return ((CallerAuth.Rejected) caller).response();
    }
    Optional<SimResponse> denied = CallerAuth.authorize(((CallerAuth.Authenticated) caller).account(), permission);
    return denied.isPresent() ? denied.get() : route.run();
  }
}
