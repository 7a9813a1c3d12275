package io.influxcheck.lab.grafana;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A tiny scripted InfluxDB for tests: one canned answer per path, every request recorded. */
final class InfluxStub implements AutoCloseable {
  record Answer(int status, String contentType, String body, Map<String, String> headers) {}

  record Seen(String method, String path, String query, String authorization, String contentType, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, java.util.function.Function<Seen, Answer>> answers = new ConcurrentHashMap<>();
  private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();

  InfluxStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      try (exchange; InputStream in = exchange.getRequestBody()) {
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        Seen request = new Seen(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Type"), body);
        seen.add(request);
        Answer answer = answers.getOrDefault(path, r -> new Answer(404, "text/plain", "404 page not found\n", Map.of()))
            .apply(request);
        if (answer.contentType() != null) {
          exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        }
      }
    });
    server.start();
  }

  InfluxStub answer(String path, int status, String contentType, String body) {
    answers.put(path, r -> new Answer(status, contentType, body, Map.of()));
    return this;
  }

  InfluxStub answer(String path, int status, String contentType, String body, Map<String, String> headers) {
    answers.put(path, r -> new Answer(status, contentType, body, headers));
    return this;
  }

  /** Answers {@code path} depending on the request (e.g. on its Authorization header). */
  InfluxStub respond(String path, java.util.function.Function<Seen, Answer> responder) {
    answers.put(path, responder);
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next request the stub received, waiting up to 5 s. */
  Seen next() throws InterruptedException {
    Seen request = seen.poll(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the stub InfluxDB received no request");
    }
    return request;
  }

  boolean idle() {
    return seen.isEmpty();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
