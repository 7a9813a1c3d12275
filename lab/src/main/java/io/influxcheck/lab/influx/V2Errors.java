package io.influxcheck.lab.influx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.lab.http.GoJson;
import io.influxcheck.lab.http.SimResponse;
import java.util.Map;

/**
 * InfluxDB 2.x error bodies {@code {"code":…,"message":…}} with {@code X-Platform-Error-Code}. Two encoders,
 * as in the real server: {@link #compact} (generic error handler: auth middleware, {@code /api/v2/query},
 * {@code /query}) and {@link #tabs} (tenant handlers: buckets, orgs, me, authorizations, dbrps).
 */
final class V2Errors {
  static final String JSON = "application/json; charset=utf-8";

  private static final Map<String, Integer> STATUS = Map.ofEntries(
      Map.entry("internal error", 500), Map.entry("not implemented", 501), Map.entry("invalid", 400),
      Map.entry("unprocessable entity", 422), Map.entry("empty value", 400), Map.entry("conflict", 422),
      Map.entry("not found", 404), Map.entry("unavailable", 503), Map.entry("forbidden", 403),
      Map.entry("too many requests", 429), Map.entry("unauthorized", 401), Map.entry("method not allowed", 405),
      Map.entry("request too large", 413));

  private V2Errors() {}

  static int status(String code) {
    Integer status = STATUS.get(code);
    if (status == null) {
      throw new IllegalArgumentException("not an InfluxDB 2.x error code: " + code);
    }
    return status;
  }

  static SimResponse compact(String code, String message) {
    return SimResponse.of(status(code), JSON, GoJson.compact(body(code, message))).withHeader("X-Platform-Error-Code", code);
  }

  static SimResponse tabs(String code, String message) {
    return SimResponse.of(status(code), JSON, GoJson.tabs(body(code, message))).withHeader("X-Platform-Error-Code", code);
  }

  static SimResponse unauthorizedAccess() {
    return compact("unauthorized", "unauthorized access");
  }

  private static ObjectNode body(String code, String message) {
    ObjectNode node = GoJson.object();
    node.put("code", code);
    node.put("message", message);
    return node;
  }
}
