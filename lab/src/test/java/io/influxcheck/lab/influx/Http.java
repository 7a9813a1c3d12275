package io.influxcheck.lab.influx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny test client (JDK HttpClient, 5 s timeouts) that returns status, headers and exact body bytes. */
final class Http {
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  static HttpRequest.Builder get(URI base, String pathAndQuery) {
    return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(5)).GET();
  }

  static HttpRequest.Builder post(URI base, String pathAndQuery, String contentType, String body) {
    return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(5))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
  }

  static HttpRequest.Builder flux(URI base, String query, String orgParams) {
    String body = "{\"dialect\":{\"annotations\":[\"datatype\",\"group\",\"default\"],\"delimiter\":\",\",\"header\":true},\"query\":"
        + io.influxcheck.lab.http.GoJson.quote(query) + ",\"type\":\"flux\"}";
    return post(base, "/api/v2/query?" + orgParams, "application/json", body);
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
