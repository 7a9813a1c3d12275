package io.influxcheck.lab.grafana;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A small test client for the simulator. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  static final OkHttpClient CLIENT = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20)).build();

  record Reply(int status, String contentType, String body) {}

  private Http() {}

  static Reply get(String url, String authorization) {
    return send(new Request.Builder().url(url).get(), authorization);
  }

  static Reply post(String url, String authorization, String json) {
    return send(new Request.Builder().url(url).post(RequestBody.create(json, MediaType.get("application/json"))), authorization);
  }

  static Reply put(String url, String authorization, String json) {
    return send(new Request.Builder().url(url).put(RequestBody.create(json, MediaType.get("application/json"))), authorization);
  }

  static Reply send(Request.Builder request, String authorization) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (Response response = CLIENT.newCall(request.build()).execute()) {
      String contentType = response.header("Content-Type");
      return new Reply(response.code(), contentType == null ? "" : contentType,
          new String(response.body().bytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body of Grafana's data-source health answer: {@code OK} with 200, {@code ERROR} with any other status. */
  static String healthBody(int status, String message) {
    return "{\"message\":" + io.influxcheck.lab.http.GoJson.quote(message) + ",\"status\":\"" + (status == 200 ? "OK" : "ERROR") + "\"}";
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }
}
