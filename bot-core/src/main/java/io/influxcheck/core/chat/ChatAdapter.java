package io.influxcheck.core.chat;

/**
 * A chat platform connection that `influx-check serve` starts and stops (Slack, Discord). Starting
 * connects (Socket Mode, gateway, or binds an HTTP port); it must not block forever and must report a
 * bad token or unreachable API as an exception whose message names what to fix (never the token).
 */
public interface ChatAdapter extends AutoCloseable {
  /** A short name for logs and messages, e.g. {@code slack}. */
  String name();

  /** Connects and starts serving; returns once connected. */
  void start() throws Exception;

  /** Disconnects and releases threads and sockets; idempotent. */
  @Override
  void close();
}
