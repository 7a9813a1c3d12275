package io.influxcheck.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A fake Slack on 127.0.0.1 for driving the real Bolt library: the Web API ({@code /api/METHOD}),
 * a {@code response_url} receiver ({@code /response/ID}) and a Socket Mode WebSocket server. Every
 * request and frame is recorded in blocking queues for assertions. {@code auth.test} succeeds for
 * every token except those in {@link #rejectToken}.
 */
public final class FakeSlack implements AutoCloseable {
  public static final Duration WAIT = Duration.ofSeconds(20);

  /** One Web API call: the method, the Authorization header and the form fields. */
  public record ApiCall(String method, String authorization, Map<String, String> params, String rawBody) {
    public String param(String name) {
      return params.getOrDefault(name, "");
    }

    public JsonArray blocks() {
      return JsonParser.parseString(param("blocks")).getAsJsonArray();
    }

    /** The blocks as JSON without the SDK's HTML escaping of {@code <} and {@code >}, for readable assertions. */
    public String blocksJson() {
      return params.containsKey("blocks") ? blocks().toString() : "";
    }
  }

  /** One POST to a response_url. */
  public record ResponsePost(String id, JsonObject body) { }

  private final HttpServer http;
  private final ExecutorService httpThreads = Executors.newFixedThreadPool(4);
  private final FakeSocketModeServer socketMode;
  private final Map<String, BlockingQueue<ApiCall>> callsByMethod = new ConcurrentHashMap<>();
  private final List<ApiCall> allCalls = new CopyOnWriteArrayList<>();
  private final BlockingQueue<ResponsePost> responses = new LinkedBlockingQueue<>();
  private final List<ResponsePost> allResponses = new CopyOnWriteArrayList<>();
  private final Set<String> rejectedTokens = ConcurrentHashMap.newKeySet();
  private final Set<String> channelsWithoutBot = ConcurrentHashMap.newKeySet();
  private final AtomicInteger nextTs = new AtomicInteger(100);
  private final AtomicInteger nextEnvelope = new AtomicInteger(1);

  public FakeSlack() throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    socketMode = new FakeSocketModeServer(new InetSocketAddress(loopback, 0));
    socketMode.startAndWait();
    http = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
    http.createContext("/", this::handle);
    http.setExecutor(httpThreads);
    http.start();
  }

  /** The Web API base, for {@code slack.apiUrl}. */
  public String apiUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/";
  }

  public String responseUrl(String id) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/response/" + id;
  }

  public void rejectToken(String token) {
    rejectedTokens.add(token);
  }

  /** chat.postMessage to this channel answers {@code not_in_channel}, as Slack does when the bot was not invited. */
  public void botNotIn(String channel) {
    channelsWithoutBot.add(channel);
  }

  public FakeSocketModeServer socketMode() {
    return socketMode;
  }

  // ---- driving Socket Mode ----

  /** Sends a slash command envelope; returns its envelope id (the response_url is /response/ENVELOPE_ID). */
  public String slashCommand(String text, String channelId, String channelName, String userId) {
    String envelopeId = "env-" + nextEnvelope.getAndIncrement();
    JsonObject payload = new JsonObject();
    payload.addProperty("token", "verification-token-unused");
    payload.addProperty("team_id", "T111");
    payload.addProperty("team_domain", "acme");
    payload.addProperty("channel_id", channelId);
    payload.addProperty("channel_name", channelName);
    payload.addProperty("user_id", userId);
    payload.addProperty("user_name", userId.toLowerCase(java.util.Locale.ROOT));
    payload.addProperty("command", "/influx-check");
    payload.addProperty("text", text);
    payload.addProperty("api_app_id", "A111");
    payload.addProperty("is_enterprise_install", "false");
    payload.addProperty("response_url", responseUrl(envelopeId));
    payload.addProperty("trigger_id", "trigger-" + envelopeId);
    socketMode.sendEnvelope(envelopeId, "slash_commands", payload);
    return envelopeId;
  }

  /** Sends a button click in a message ({@code messageTs} in {@code channelId}); returns its envelope id. */
  public String click(String actionId, String value, String channelId, String messageTs, String userId, boolean ephemeral) {
    String envelopeId = "env-" + nextEnvelope.getAndIncrement();
    socketMode.sendEnvelope(envelopeId, "interactive", BlockActions.payload(actionId, value, channelId, messageTs, userId,
        ephemeral, responseUrl(envelopeId)));
    return envelopeId;
  }

  // ---- assertions ----

  public ApiCall awaitCall(String method) throws InterruptedException {
    return awaitCall(method, c -> true);
  }

  /** The next call of {@code method} that matches; earlier non-matching calls of that method are consumed. */
  public ApiCall awaitCall(String method, Predicate<ApiCall> matching) throws InterruptedException {
    BlockingQueue<ApiCall> queue = queue(method);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      ApiCall call = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (call == null) {
        throw new AssertionError("No matching " + method + " within " + WAIT + "; all calls: " + methods());
      }
      if (matching.test(call)) {
        return call;
      }
    }
  }

  public ResponsePost awaitResponse(String id) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      ResponsePost post = responses.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (post == null) {
        throw new AssertionError("No response_url post for " + id + " within " + WAIT);
      }
      if (post.id().equals(id)) {
        return post;
      }
    }
  }

  /** Calls of {@code method} received and not yet consumed by {@link #awaitCall}. */
  public List<ApiCall> pending(String method) {
    return List.copyOf(queue(method));
  }

  public List<String> methods() {
    return allCalls.stream().map(ApiCall::method).toList();
  }

  /** Everything the bot sent to Slack, as text: Web API bodies, response_url bodies and WebSocket frames. */
  public String everythingReceived() {
    StringBuilder all = new StringBuilder();
    allCalls.forEach(c -> all.append(c.rawBody()).append('\n'));
    allResponses.forEach(r -> all.append(r.body()).append('\n'));
    socketMode.framesReceived().forEach(f -> all.append(f).append('\n'));
    return all.toString();
  }

  private BlockingQueue<ApiCall> queue(String method) {
    return callsByMethod.computeIfAbsent(method, m -> new LinkedBlockingQueue<>());
  }

  // ---- HTTP ----

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readNBytes(5_000_000), StandardCharsets.UTF_8);
      if (path.startsWith("/response/")) {
        ResponsePost post = new ResponsePost(path.substring("/response/".length()), JsonParser.parseString(body).getAsJsonObject());
        allResponses.add(post);
        responses.add(post);
        send(exchange, 200, "text/plain", "ok");
        return;
      }
      if (!path.startsWith("/api/")) {
        send(exchange, 404, "text/plain", "not found");
        return;
      }
      String method = path.substring("/api/".length());
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      ApiCall call = new ApiCall(method, authorization == null ? "" : authorization, parseForm(body), body);
      JsonObject answer = answer(call);
      allCalls.add(call);
      queue(method).add(call);
      send(exchange, 200, "application/json; charset=utf-8", answer.toString());
    }
  }

  private JsonObject answer(ApiCall call) {
    JsonObject answer = new JsonObject();
    String token = call.authorization().startsWith("Bearer ") ? call.authorization().substring(7) : call.param("token");
    if (rejectedTokens.contains(token)) {
      answer.addProperty("ok", false);
      answer.addProperty("error", "invalid_auth");
      return answer;
    }
    switch (call.method()) {
      case "auth.test" -> {
        answer.addProperty("ok", true);
        answer.addProperty("url", "https://acme.slack.com/");
        answer.addProperty("team", "Acme");
        answer.addProperty("user", "influx-check");
        answer.addProperty("team_id", "T111");
        answer.addProperty("user_id", "UBOT");
        answer.addProperty("bot_id", "B111");
      }
      case "apps.connections.open" -> {
        answer.addProperty("ok", true);
        answer.addProperty("url", socketMode.url());
      }
      case "chat.postMessage" -> {
        String channel = call.param("channel");
        if (channelsWithoutBot.contains(channel)) {
          answer.addProperty("ok", false);
          answer.addProperty("error", "not_in_channel");
          return answer;
        }
        String ts = "1700000000.000" + nextTs.getAndIncrement();
        answer.addProperty("ok", true);
        answer.addProperty("channel", channel);
        answer.addProperty("ts", ts);
        JsonObject message = new JsonObject();
        message.addProperty("ts", ts);
        message.addProperty("text", call.param("text"));
        answer.add("message", message);
      }
      case "chat.update" -> {
        answer.addProperty("ok", true);
        answer.addProperty("channel", call.param("channel"));
        answer.addProperty("ts", call.param("ts"));
        answer.addProperty("text", call.param("text"));
      }
      default -> answer.addProperty("ok", true);
    }
    return answer;
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body.isEmpty() || body.startsWith("{")) {
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(name, value);
    }
    return params;
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A completed future for the ack of {@code envelopeId}. */
  public JsonObject awaitAck(String envelopeId) throws Exception {
    CompletableFuture<JsonObject> ack = socketMode.ack(envelopeId);
    return ack.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() throws Exception {
    http.stop(0);
    httpThreads.shutdownNow();
    socketMode.stop(1000);
  }
}
