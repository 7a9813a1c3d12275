package io.influxcheck.lab.grafana;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response the simulator sends: status, content type and exact body bytes. */
record ApiResponse(int status, String contentType, byte[] body) {
  static final String JSON = "application/json";

  /** A Go-style compact JSON body (Grafana's {@code response.JSON}). */
  static ApiResponse json(int status, Object value) {
    return new ApiResponse(status, JSON, GoJson.write(value).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code {"message":"…"}}, Grafana's {@code response.Error} with a nil error. */
  static ApiResponse message(int status, String message) {
    return json(status, Map.of("message", message));
  }

  /** {@code {"message":"…","traceID":""}}, Grafana's errutil fallback with tracing off. */
  static ApiResponse messageWithTrace(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("traceID", "");
    return json(status, body);
  }

  static ApiResponse text(int status, String text) {
    return new ApiResponse(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
