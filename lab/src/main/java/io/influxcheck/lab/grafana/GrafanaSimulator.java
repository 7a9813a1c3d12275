package io.influxcheck.lab.grafana;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated Grafana 11 HTTP API on 127.0.0.1 (a free port), serving the data-source routes the bot
 * uses and forwarding health checks and queries to the data sources' InfluxDB with the stored secrets.
 * Requests are handled concurrently; {@link #close()} stops promptly, interrupting held health checks.
 *
 * <pre>{@code
 * GrafanaState state = new GrafanaState()
 *     .add(ServiceAccount.admin("influx-check", "glsa_…"))
 *     .add(GrafanaDataSource.builder("influx-prod", "InfluxDB").url(influx.url()).flux("acme", "telegraf", token).build());
 * try (GrafanaSimulator grafana = GrafanaSimulator.start(state)) { … grafana.url() … }
 * }</pre>
 */
public final class GrafanaSimulator implements AutoCloseable {
  private static final int REQUEST_BODY_CAP_BYTES = 1024 * 1024;
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final GrafanaState state;
  private final HttpServer server;
  private final ExecutorService executor;
  private final InfluxUpstream upstream;
  private final GrafanaApi api;

  private GrafanaSimulator(GrafanaState state) throws IOException {
    this.state = state;
    this.upstream = new InfluxUpstream();
    this.api = new GrafanaApi(state, upstream);
    int instance = INSTANCES.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "grafana-sim-" + instance + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  /** Starts a simulator serving {@code state}; close it to stop. */
  public static GrafanaSimulator start(GrafanaState state) {
    try {
      return new GrafanaSimulator(state);
    } catch (IOException e) {
      throw new UncheckedIOException("could not bind the Grafana simulator on 127.0.0.1", e);
    }
  }

  /** Base URL, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public GrafanaState state() {
    return state;
  }

  private void serve(HttpExchange exchange) {
    try (exchange) {
      ApiRequest request = read(exchange);
      ApiResponse response;
      try {
        response = api.handle(request);
      } catch (RuntimeException bug) {
        response = ApiResponse.messageWithTrace(500, "Internal Server Error");
      }
      // Recorded before answering, so a client that has its answer always finds the call in the log.
      state.record(new RecordedCall(request.method(), request.path(), request.rawQuery(),
          request.authorization(), request.body(), response.status()));
      write(exchange, response, request.method().equals("HEAD"));
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } catch (IOException clientGone) {
      // the client hung up; nothing more to tell it
    }
  }

  private static ApiRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(REQUEST_BODY_CAP_BYTES);
    }
    String rawQuery = exchange.getRequestURI().getRawQuery();
    return new ApiRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
        rawQuery == null ? "" : rawQuery, exchange.getRequestHeaders().getFirst("Authorization"),
        new String(body, StandardCharsets.UTF_8));
  }

  private static void write(HttpExchange exchange, ApiResponse response, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (head || response.body().length == 0) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), response.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response.body());
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    upstream.close();
  }
}
