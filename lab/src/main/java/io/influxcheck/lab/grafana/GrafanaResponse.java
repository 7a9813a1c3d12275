package io.influxcheck.lab.grafana;

import io.influxcheck.lab.http.GoJson;
import io.influxcheck.lab.http.SimResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bodies Grafana's {@code pkg/api/response} package writes, as {@link SimResponse}s. */
final class GrafanaResponse {
  static final String JSON = "application/json";

  private GrafanaResponse() {}

  /** A Go-style compact JSON body (Grafana's {@code response.JSON}). */
  static SimResponse json(int status, Object value) {
    return SimResponse.of(status, JSON, GoJson.marshal(value));
  }

  /** {@code {"message":"…"}}, Grafana's {@code response.Error} with a nil error. */
  static SimResponse message(int status, String message) {
    return json(status, Map.of("message", message));
  }

  /** {@code {"message":"…","traceID":""}}, Grafana's errutil fallback with tracing off. */
  static SimResponse messageWithTrace(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("traceID", "");
    return json(status, body);
  }

  static SimResponse text(int status, String text) {
    return SimResponse.of(status, "text/plain; charset=utf-8", text);
  }
}
