package io.influxcheck.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The least of Slack's Web API the bot needs to answer a slash command, on 127.0.0.1: {@code auth.test},
 * {@code chat.postMessage}, {@code chat.update} and {@code response_url} posts, all accepted. It records when
 * each message arrived, so the benchmark can tell when the answer was delivered. It never echoes a token.
 */
final class LoopbackSlack implements AutoCloseable {
  private static final int MAX_BODY = 1 << 20;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
    Thread thread = new Thread(runnable, "bench-slack");
    thread.setDaemon(true);
    return thread;
  });
  private final BlockingQueue<Long> deliveries = new LinkedBlockingQueue<>();
  private final AtomicInteger nextTs = new AtomicInteger(100);

  private LoopbackSlack(HttpServer server) {
    this.server = server;
  }

  static LoopbackSlack start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
    LoopbackSlack slack = new LoopbackSlack(server);
    server.createContext("/", slack::handle);
    server.setExecutor(slack.threads);
    server.start();
    return slack;
  }

  /** The Web API base, for {@code slack.apiUrl}. */
  String apiUrl() {
    return base() + "/api/";
  }

  String responseUrl() {
    return base() + "/response/bench";
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Forgets the deliveries so far. */
  void clear() {
    deliveries.clear();
  }

  /** The {@link System#nanoTime()} of the first message delivered at or after {@code afterNanos}; -1 if none came in time. */
  long deliveredAfter(long afterNanos, long timeoutMillis) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (true) {
      Long at = deliveries.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (at == null) {
        return -1;
      }
      if (at >= afterNanos) {
        return at;
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      drain(exchange.getRequestBody());
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/response/")) {
        deliveries.add(System.nanoTime());
        send(exchange, "text/plain", "ok");
        return;
      }
      String method = path.startsWith("/api/") ? path.substring("/api/".length()) : "";
      String ts = "1700000000.000" + nextTs.getAndIncrement();
      String answer = switch (method) {
        case "auth.test" -> "{\"ok\":true,\"url\":\"https://bench.slack.invalid/\",\"team\":\"bench\",\"user\":\"influx-check\","
            + "\"team_id\":\"T0BENCH\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\",\"is_enterprise_install\":false}";
        case "chat.postMessage", "chat.update", "chat.postEphemeral" -> {
          deliveries.add(System.nanoTime());
          yield "{\"ok\":true,\"channel\":\"C0BENCH\",\"ts\":\"" + ts + "\",\"message\":{\"ts\":\"" + ts + "\"}}";
        }
        default -> "{\"ok\":true}";
      };
      send(exchange, "application/json; charset=utf-8", answer);
    }
  }

  private static void drain(InputStream body) throws IOException {
    body.readNBytes(MAX_BODY);
  }

  private static void send(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
