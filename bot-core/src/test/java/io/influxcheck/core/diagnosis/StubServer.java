package io.influxcheck.core.diagnosis;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/** A tiny HTTP server on 127.0.0.1 and a free port that answers through a {@link Route} and records every call. */
final class StubServer implements AutoCloseable {

  /** A request as the server received it. */
  record Call(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
    String param(String name) {
      return query.getOrDefault(name, "");
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    /** The q parameter from the URL, or from a form body. */
    String influxql() {
      if (!param("q").isEmpty()) {
        return param("q");
      }
      return parseQuery(body).getOrDefault("q", "");
    }
  }

  /** What to answer. */
  record Reply(int status, Map<String, String> headers, String body) {
    static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), body);
    }

    static Reply text(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "text/plain; charset=utf-8"), body);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Reply(status, copy, body);
    }
  }

  /** Answers one call. */
  @FunctionalInterface
  interface Route {
    Reply answer(Call call);
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  private StubServer(Route route) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> handle(exchange, route));
    server.setExecutor(executor);
    server.start();
  }

  static StubServer start(Route route) {
    try {
      return new StubServer(route);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start stub server", e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  Call only(String method, String path) {
    List<Call> matching = calls.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).toList();
    if (matching.size() != 1) {
      throw new AssertionError("expected one " + method + " " + path + " but got " + matching.size() + " among " + calls);
    }
    return matching.get(0);
  }

  private void handle(HttpExchange exchange, Route route) throws IOException {
    try (exchange) {
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          parseQuery(exchange.getRequestURI().getRawQuery()), headers, read(exchange.getRequestBody()));
      calls.add(call);
      Reply reply = route.answer(call);
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  static Map<String, String> parseQuery(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    in.transferTo(buffer);
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
