package io.influxcheck.lab.influx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.lab.http.GoJson;
import io.influxcheck.lab.http.Header;
import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import io.influxcheck.lab.http.Simulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * An InfluxDB 3 Core server on 127.0.0.1 ({@code influxdb3_server/src/http.rs}): token required everywhere
 * (also {@code /health} and {@code /ping}) unless exempted, {@code {"error": "…"}} errors with a space,
 * {@code /ping} 200 JSON, Flux not routed (404 {@code Not found}), v1 {@code /query}, and minimal
 * {@code /api/v3/query_sql} / {@code /api/v3/query_influxql} answering JSON rows.
 */
public final class Influx3Simulator extends Simulator {
  static final String MALFORMED = "Authorization header was malformed, the request was not in the form of 'Authorization: <auth-scheme> <token>', "
      + "supported auth-schemes are Bearer, Token and Basic";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Influx3State state;
  private final Influx3Query query;

  private Influx3Simulator(Influx3State state) {
    super("influxdb3");
    this.state = state;
    this.query = new Influx3Query(state);
  }

  public static Influx3Simulator start(Influx3State state) {
    return listen(new Influx3Simulator(state));
  }

  public Influx3State state() {
    return state;
  }

  @Override
  protected SimResponse handle(SimRequest request) {
    return route(request).withLeadingHeaders(List.of(new Header("Access-Control-Allow-Origin", "*"), new Header("Cluster-Uuid", state.clusterUuid())));
  }

  private SimResponse route(SimRequest request) {
    String path = request.path();
    Influx3State.Exempt exempt = switch (path) {
      case "/health", "/api/v1/health" -> Influx3State.Exempt.HEALTH;
      case "/ping" -> Influx3State.Exempt.PING;
      case "/metrics" -> Influx3State.Exempt.METRICS;
      default -> null;
    };
    if (exempt == null || !state.isExempt(exempt)) {
      Optional<SimResponse> denied = authenticate(request, path.equals("/query") || path.equals("/write"));
      if (denied.isPresent()) {
        return denied.get();
      }
    }
    String method = request.method();
    switch (path) {
      case "/health", "/api/v1/health":
        return method.equals("GET") ? SimResponse.of(200, "text/plain; charset=utf-8", "OK") : notFound();
      case "/ping":
        return method.equals("GET") || method.equals("POST") ? ping() : notFound();
      case "/query":
        return method.equals("GET") || method.equals("POST") ? query.v1(request) : notFound();
      case "/api/v3/query_sql":
        return query.sql(request, params(request));
      case "/api/v3/query_influxql":
        return query.influxQl(request, params(request));
      default:
        return notFound();
    }
  }

  /** 401 / 400 per {@code validate_auth_header}; {@code p=} is accepted on {@code /query} and {@code /write}. */
  private Optional<SimResponse> authenticate(SimRequest request, boolean v1) {
    if (state.withoutAuth()) {
      return Optional.empty();
    }
    Optional<String> param = v1 ? request.query("p").filter(s -> !s.isEmpty()) : Optional.empty();
    String token;
    if (param.isPresent()) {
      token = param.get();
    } else {
      Optional<String> header = request.header("Authorization");
      if (header.isEmpty()) {
        return Optional.of(spacedError(401, "the request was not authenticated"));
      }
      String[] parts = header.get().split(" ", -1);
      if (parts.length != 2 || !List.of("Bearer", "Token", "Basic").contains(parts[0])) {
        return Optional.of(spacedError(400, MALFORMED));
      }
      token = parts[1];
      if (parts[0].equals("Basic")) {
        try {
          String decoded = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
          int colon = decoded.indexOf(':');
          if (colon < 0) {
            return Optional.of(spacedError(400, MALFORMED));
          }
          token = decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
          return Optional.of(spacedError(400, MALFORMED));
        }
      }
    }
    return state.tokenValid(token) ? Optional.empty() : Optional.of(spacedError(401, "the request was not authenticated"));
  }

  /** {@code format!(r#"{{"error": "{self}"}}"#)}: note the space, and no Content-Type. */
  static SimResponse spacedError(int status, String message) {
    return new SimResponse(status, List.of(), ("{\"error\": \"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  private SimResponse ping() {
    ObjectNode body = GoJson.object();
    body.put("product_name", "InfluxDB 3 Core");
    body.put("version", state.version());
    body.put("revision", state.revision());
    body.put("process_id", state.processId());
    String requestId = UuidV7.next();
    return SimResponse.of(200, "application/json", GoJson.compact(body))
        .withHeader("X-Influxdb-Build", "Core").withHeader("X-Influxdb-Version", state.version())
        .withHeader("Request-Id", requestId).withHeader("X-Request-Id", requestId);
  }

  private static SimResponse notFound() {
    return new SimResponse(404, List.of(), "Not found".getBytes(StandardCharsets.UTF_8));
  }

  /** Query parameters, or for a JSON POST the body's {@code db}, {@code q}, {@code format}. */
  private static JsonNode params(SimRequest request) {
    ObjectNode out = GoJson.object();
    request.queryParams().forEach((k, v) -> out.put(k, v.get(0)));
    if (request.method().equals("POST") && request.body().length > 0) {
      try {
        JsonNode body = MAPPER.readTree(request.body());
        if (body != null && body.isObject()) {
          body.fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
        }
      } catch (IOException e) {
        out.put("invalid_body", true);
      }
    }
    return out;
  }
}
