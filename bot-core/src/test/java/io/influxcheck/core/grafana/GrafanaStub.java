package io.influxcheck.core.grafana;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for Grafana's HTTP API answering canned bodies from the facts file. Records
 * each request (method, path, Authorization header, body) and can hold requests to one path open
 * behind a gate. Binds 127.0.0.1 on a free port; close it to stop.
 */
public final class GrafanaStub implements AutoCloseable {
  /** One recorded request. */
  public record Call(String method, String path, String authorization, String body) { }

  private record Answer(int status, String body) { }

  /** Holds requests to a path until {@link #open()}; {@link #arrived} counts down when the first one is held. */
  public static final class Gate {
    public final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    public void open() {
      release.countDown();
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, Answer> answersByBody = new ConcurrentHashMap<>();
  private final Map<String, Gate> gates = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  private GrafanaStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static GrafanaStub start() {
    try {
      return new GrafanaStub();
    } catch (IOException e) {
      throw new IllegalStateException("cannot bind a loopback port", e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public GrafanaStub on(String method, String path, int status, String body) {
    answers.put(method + " " + path, new Answer(status, body));
    return this;
  }

  /** Answers requests to {@code path} whose body contains {@code fragment}; checked before {@link #on}. */
  public GrafanaStub onBody(String method, String path, String fragment, int status, String body) {
    answersByBody.put(method + " " + path + "\n" + fragment, new Answer(status, body));
    return this;
  }

  public Gate hold(String method, String path) {
    Gate gate = new Gate();
    gates.put(method + " " + path, gate);
    return gate;
  }

  public int count(String method, String path) {
    return counts.getOrDefault(method + " " + path, new AtomicInteger()).get();
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestHeaders().getFirst("Authorization"), body));
    counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    Gate gate = gates.get(key);
    if (gate != null) {
      gate.arrived.countDown();
      try {
        if (!gate.release.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("gate on " + key + " was never opened");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Answer answer = answers.getOrDefault(key, new Answer(404, "{\"message\":\"Not found\"}"));
    for (Map.Entry<String, Answer> byBody : answersByBody.entrySet()) {
      String[] keyAndFragment = byBody.getKey().split("\n", 2);
      if (keyAndFragment[0].equals(key) && body.contains(keyAndFragment[1])) {
        answer = byBody.getValue();
      }
    }
    byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
