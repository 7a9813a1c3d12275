package io.influxcheck.slack.fake;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode side: sends {@code hello} on connect, envelopes on demand and a
 * {@code disconnect} message; records the client's acks by envelope id. Java-WebSocket answers the
 * client's ping frames by itself.
 */
public final class FakeSocketModeServer extends WebSocketServer {
  private final CountDownLatch started = new CountDownLatch(1);
  private final BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
  private final List<String> frames = new CopyOnWriteArrayList<>();
  private final Map<String, CompletableFuture<JsonObject>> acks = new ConcurrentHashMap<>();
  private volatile WebSocket current;

  FakeSocketModeServer(InetSocketAddress address) {
    super(address);
    setReuseAddr(true);
  }

  void startAndWait() {
    start();
    try {
      if (!started.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("fake Socket Mode server did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link/?ticket=fake";
  }

  /** Waits for the next WebSocket connection the bot opens. */
  public WebSocket awaitConnection(Duration wait) throws InterruptedException {
    WebSocket socket = opened.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    if (socket == null) {
      throw new AssertionError("The bot did not open a Socket Mode connection within " + wait);
    }
    return socket;
  }

  /** Tells the bot to reconnect, as Slack does before rotating its servers. */
  public void disconnect(String reason) {
    JsonObject message = new JsonObject();
    message.addProperty("type", "disconnect");
    message.addProperty("reason", reason);
    JsonObject debug = new JsonObject();
    debug.addProperty("host", "fake-slack");
    message.add("debug_info", debug);
    current.send(message.toString());
  }

  void sendEnvelope(String envelopeId, String type, JsonObject payload) {
    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", envelopeId);
    envelope.addProperty("type", type);
    envelope.addProperty("accepts_response_payload", "slash_commands".equals(type));
    envelope.add("payload", payload);
    ack(envelopeId);
    WebSocket socket = current;
    if (socket == null) {
      throw new IllegalStateException("the bot is not connected");
    }
    socket.send(envelope.toString());
  }

  CompletableFuture<JsonObject> ack(String envelopeId) {
    return acks.computeIfAbsent(envelopeId, id -> new CompletableFuture<>());
  }

  List<String> framesReceived() {
    return List.copyOf(frames);
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    current = conn;
    conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake-slack\",\"build_number\":1,"
        + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A111\"}}");
    opened.add(conn);
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    if (current == conn) {
      current = null;
    }
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    frames.add(message);
    JsonObject json = JsonParser.parseString(message).getAsJsonObject();
    if (json.has("envelope_id")) {
      ack(json.get("envelope_id").getAsString()).complete(json);
    }
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // the bot closing a socket during a reconnect is expected
  }

  @Override
  public void onStart() {
    started.countDown();
  }
}
