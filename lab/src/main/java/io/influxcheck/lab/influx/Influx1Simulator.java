package io.influxcheck.lab.influx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.lab.http.GoJson;
import io.influxcheck.lab.http.Header;
import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import io.influxcheck.lab.http.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An InfluxDB 1.8 (or 1.6) server on 127.0.0.1: {@code /ping}, {@code /health} (1.8), {@code /query} with the
 * 1.x authentication and authorization errors, and {@code /api/v2/query} (1.8: 403 when Flux is disabled).
 * Every answer carries {@code X-Influxdb-Build}, {@code X-Influxdb-Version}, {@code Request-Id} and
 * {@code X-Request-Id}; errors are {@code {"error":"…"}\n} with {@code WWW-Authenticate} on 401 and
 * {@code X-InfluxDB-Error} on other errors.
 */
public final class Influx1Simulator extends Simulator {
  static final String JSON = "application/json";

  private final Influx1State state;
  private final Influx1Auth auth;
  private final Influx1Query query;

  private Influx1Simulator(Influx1State state) {
    super(state.mode() == Influx1Mode.V1_8 ? "influxdb18" : "influxdb16");
    this.state = state;
    this.auth = new Influx1Auth(state);
    this.query = new Influx1Query(state);
  }

  public static Influx1Simulator start(Influx1State state) {
    return listen(new Influx1Simulator(state));
  }

  public Influx1State state() {
    return state;
  }

  @Override
  protected SimResponse handle(SimRequest request) {
    String requestId = request.header("X-Request-Id").filter(s -> !s.isEmpty())
        .or(() -> request.header("Request-Id").filter(s -> !s.isEmpty()))
        .orElseGet(TimeUuid::next);
    List<Header> common = new ArrayList<>(List.of(new Header("Request-Id", requestId), new Header("X-Influxdb-Build", "OSS"),
        new Header("X-Influxdb-Version", state.version()), new Header("X-Request-Id", requestId)));
    return route(request).withLeadingHeaders(common);
  }

  private SimResponse route(SimRequest request) {
    String method = request.method();
    boolean v18 = state.mode() == Influx1Mode.V1_8;
    switch (request.path()) {
      case "/ping":
        if (!method.equals("GET") && !method.equals("HEAD")) {
          return notFound();
        }
        if (v18 && method.equals("GET") && request.query("verbose").map(Influx1Simulator::truthy).orElse(false)) {
          return SimResponse.of(200, JSON, "{\"version\":" + GoJson.quote(state.version()) + "}");
        }
        return SimResponse.empty(204);
      case "/health":
        return v18 && method.equals("GET") ? health() : notFound();
      case "/query":
        return method.equals("GET") || method.equals("POST") ? authenticated(request, false) : notFound();
      case "/api/v2/query":
        return v18 && method.equals("POST") ? authenticated(request, true) : notFound();
      default:
        return notFound();
    }
  }

  private SimResponse authenticated(SimRequest request, boolean flux) {
    Influx1Auth.Result who = auth.authenticate(request);
    if (who.failed()) {
      return error(401, who.error());
    }
    if (flux) {
      if (!state.fluxEnabled()) {
        return SimResponse.of(403, "text/plain; charset=utf-8",
            "Flux query service disabled. Verify flux-enabled=true in the [http] section of the InfluxDB config.\n")
            .withHeader("X-Content-Type-Options", "nosniff");
      }
      return query.flux(request);
    }
    return query.influxQl(request, who.user());
  }

  /** {@code serveHealth}: keys sorted (a Go map), and the content type falls back to text/plain (set after WriteHeader). */
  private SimResponse health() {
    ObjectNode body = GoJson.object();
    body.putArray("checks");
    body.put("message", "ready for queries and writes");
    body.put("name", "influxdb");
    body.put("status", "pass");
    body.put("version", state.version());
    return SimResponse.of(200, "text/plain; charset=utf-8", GoJson.compact(body));
  }

  /** {@code httpError}: {@code {"error":"…"}\n}; 401 adds the Basic challenge, other errors {@code X-InfluxDB-Error}. */
  static SimResponse error(int status, String message) {
    ObjectNode body = GoJson.object();
    body.put("error", message);
    SimResponse response = SimResponse.of(status, JSON, GoJson.compact(body) + "\n");
    if (status == 401) {
      return response.withHeader("Www-Authenticate", "Basic realm=\"InfluxDB\"");
    }
    return response.withHeader("X-Influxdb-Error", message.length() > 1024 ? message.substring(0, 1024) : message);
  }

  private static SimResponse notFound() {
    return SimResponse.of(404, "text/plain; charset=utf-8", "404 page not found\n").withHeader("X-Content-Type-Options", "nosniff");
  }

  private static boolean truthy(String s) {
    return Optional.of(s).map(v -> v.equals("1") || v.equalsIgnoreCase("true") || v.equals("t") || v.equals("T")).orElse(false);
  }
}
