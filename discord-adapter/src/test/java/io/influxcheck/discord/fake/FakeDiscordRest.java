package io.influxcheck.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord's REST API as far as the bot uses it, on 127.0.0.1: token check ({@code users/@me}), command
 * registration, interaction callbacks and the interaction webhook (edit, follow-up, delete). Webhook
 * edits answer with a full message object and are remembered per interaction token, so a test can
 * click a button on the message as it now stands.
 */
final class FakeDiscordRest implements AutoCloseable {
  private static final Pattern COMMANDS = Pattern.compile("/api/v10/applications/\\d+(/guilds/\\d+)?/commands");
  private static final Pattern ORIGINAL = Pattern.compile("/api/v10/webhooks/\\d+/([^/]+)/messages/@original");
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);
  private static final Pattern FOLLOW_UP = Pattern.compile("/api/v10/webhooks/\\d+/([^/]+)");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final FakeDiscord discord;
  private final Recorder<RecordedRequest> requests = new Recorder<>();
  private final Map<String, DataObject> originals = new ConcurrentHashMap<>();
  private final Map<String, String> messageIds = new ConcurrentHashMap<>();
  private final AtomicLong commandIds = new AtomicLong(7000);
  private final Object exchanges = new Object();
  private int exchangesInFlight;

  FakeDiscordRest(FakeDiscord discord) throws IOException {
    this.discord = discord;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
  }

  Recorder<RecordedRequest> requests() {
    return requests;
  }

  /** The original response of an interaction as last edited, or {@code null}. */
  DataObject original(String interactionToken) {
    return originals.get(interactionToken);
  }

  /** Answers a request; it is recorded (with the order it arrived in) after the fake's state is updated, before the response goes out. */
  private void handle(HttpExchange exchange) throws IOException {
    synchronized (exchanges) {
      exchangesInFlight++;
    }
    try {
      answer(exchange);
    } finally {
      synchronized (exchanges) {
        exchangesInFlight--;
        exchanges.notifyAll();
      }
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      long order = discord.nextOrder();
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      Response response;
      try {
        response = authorized(exchange, path) ? route(method, path, body)
            : new Response(401, DataObject.empty().put("message", "401: Unauthorized").put("code", 0).toString());
      } catch (RuntimeException e) {
        response = new Response(500, DataObject.empty().put("message", e.toString()).put("code", 0).toString());
      }
      requests.add(new RecordedRequest(order, method, path, Map.copyOf(exchange.getRequestHeaders()), body));
      send(exchange, response.status(), response.body());
    }
  }

  private boolean authorized(HttpExchange exchange, String path) {
    return path.startsWith("/api/v10/webhooks/") || path.startsWith("/api/v10/interactions/")
        || ("Bot " + discord.token()).equals(exchange.getRequestHeaders().getFirst("Authorization"));
  }

  private record Response(int status, String body) { }

  private Response route(String method, String path, String body) {
    Matcher original = ORIGINAL.matcher(path);
    Matcher followUp = FOLLOW_UP.matcher(path);
    if (method.equals("GET") && path.equals("/api/v10/users/@me")) {
      return new Response(200, discord.botUser().toString());
    }
    if (method.equals("GET") && path.equals("/api/v10/gateway/bot")) {
      return new Response(200, DataObject.empty().put("url", discord.gatewayUrl()).put("shards", 1)
          .put("session_start_limit", DataObject.empty().put("total", 1000).put("remaining", 1000)
              .put("reset_after", 0).put("max_concurrency", 1)).toString());
    }
    if (method.equals("PUT") && COMMANDS.matcher(path).matches()) {
      DataArray sent = DataArray.fromJson(body);
      DataArray registered = DataArray.empty();
      for (int i = 0; i < sent.length(); i++) {
        registered.add(sent.getObject(i).put("id", Long.toString(commandIds.incrementAndGet()))
            .put("application_id", FakeDiscord.APPLICATION_ID).put("version", "1"));
      }
      return new Response(200, registered.toString());
    }
    if (method.equals("POST") && path.matches("/api/v10/interactions/\\d+/[^/]+/callback")) {
      return new Response(204, "");
    }
    if (method.equals("PATCH") && original.matches()) {
      DataObject message = message(original.group(1), DataObject.fromJson(body));
      originals.put(original.group(1), message);
      return new Response(200, message.toString());
    }
    if (method.equals("DELETE") && original.matches()) {
      originals.remove(original.group(1));
      return new Response(204, "");
    }
    if (method.equals("POST") && followUp.matches()) {
      return new Response(200, message(null, DataObject.fromJson(body)).toString());
    }
    return new Response(404, DataObject.empty().put("message", "404: Not Found").put("code", 0).toString());
  }

  /** A full message object as Discord returns it, with the request's content, embeds and components. */
  private DataObject message(String token, DataObject sent) {
    String id = token == null ? Snowflakes.next() : messageIds.computeIfAbsent(token, t -> Snowflakes.next());
    DataObject previous = token == null ? null : originals.get(token);
    DataArray embeds = DataArray.empty();
    DataArray sentEmbeds = sent.optArray("embeds").orElse(previous == null ? DataArray.empty() : previous.getArray("embeds"));
    for (int i = 0; i < sentEmbeds.length(); i++) {
      embeds.add(sentEmbeds.getObject(i).put("type", "rich"));
    }
    return DataObject.empty()
        .put("id", id)
        .put("type", 0)
        .put("channel_id", FakeDiscord.CHANNEL_ID)
        .put("author", DataObject.empty().put("id", FakeDiscord.APPLICATION_ID).put("username", "influx-check")
            .put("discriminator", "0").put("bot", true))
        .put("content", sent.getString("content", previous == null ? "" : previous.getString("content", "")))
        .put("embeds", embeds)
        .put("components", sent.optArray("components").orElse(previous == null ? DataArray.empty() : previous.getArray("components")))
        .put("attachments", DataArray.empty())
        .put("mentions", DataArray.empty())
        .put("mention_roles", DataArray.empty())
        .put("mention_everyone", false)
        .put("pinned", false)
        .put("tts", false)
        .put("flags", sent.getInt("flags", 0))
        .put("webhook_id", FakeDiscord.APPLICATION_ID)
        .put("application_id", FakeDiscord.APPLICATION_ID)
        .put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString())
        .putNull("edited_timestamp");
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (status == 204 || bytes.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Lets answers already being written finish, then stops. A test wakes up as soon as a request is
   * recorded, before its response is out; stopping at once would cut that response off and JDA would
   * log "unexpected end of stream" for a request the test already saw succeed.
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + CLOSE_GRACE.toNanos();
    synchronized (exchanges) {
      long left;
      while (exchangesInFlight > 0 && (left = deadline - System.nanoTime()) > 0) {
        try {
          exchanges.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
