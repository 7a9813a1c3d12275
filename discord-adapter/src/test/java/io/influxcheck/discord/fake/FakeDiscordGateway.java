package io.influxcheck.discord.fake;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on 127.0.0.1 (JSON, no compression): HELLO on connect, HEARTBEAT_ACK for each
 * heartbeat, READY (then GUILD_CREATE per guild) for IDENTIFY, RESUMED for RESUME; dispatches events to
 * the newest connection and can ask the client to reconnect (op 7). Every frame it receives is recorded.
 */
final class FakeDiscordGateway extends WebSocketServer {
  private final FakeDiscord discord;
  private final Recorder<DataObject> frames = new Recorder<>();
  private final Recorder<String> opened = new Recorder<>();
  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger sequence = new AtomicInteger();
  private volatile WebSocket current;

  FakeDiscordGateway(FakeDiscord discord) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.discord = discord;
    setReuseAddr(true);
    setConnectionLostTimeout(0);
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  Recorder<DataObject> frames() {
    return frames;
  }

  Recorder<String> connections() {
    return opened;
  }

  void dispatch(String type, DataObject data) {
    send(DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet()).put("d", data));
  }

  /** Op 7: Discord asks the client to reconnect and resume. */
  void requestReconnect() {
    send(DataObject.empty().put("op", 7).putNull("d"));
  }

  private void send(DataObject payload) {
    WebSocket socket = current;
    if (socket == null || !socket.isOpen()) {
      throw new IllegalStateException("no gateway connection is open");
    }
    socket.send(payload.toString());
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    current = socket;
    opened.add(handshake.getResourceDescriptor());
    socket.send(DataObject.empty().put("op", 10).put("d", DataObject.empty().put("heartbeat_interval", 41250)).toString());
  }

  @Override
  public void onMessage(WebSocket socket, String message) {
    DataObject frame = DataObject.fromJson(message);
    frame.put("order", discord.nextOrder());
    frames.add(frame);
    switch (frame.getInt("op", -1)) {
      case 1:
        socket.send("{\"op\":11}");
        break;
      case 2:
        current = socket;
        dispatch("READY", discord.ready(url()));
        discord.guilds().forEach(guild -> dispatch("GUILD_CREATE", guild));
        break;
      case 6:
        current = socket;
        dispatch("RESUMED", DataObject.empty());
        break;
      default:
        break;
    }
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    if (socket == current) {
      current = null;
    }
  }

  @Override
  public void onError(WebSocket socket, Exception e) {
    // A client going away mid-frame is part of reconnect tests; the recorders show what happened.
  }
}
