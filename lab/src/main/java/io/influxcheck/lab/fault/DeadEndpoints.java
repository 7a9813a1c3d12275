package io.influxcheck.lab.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;

/** URLs on 127.0.0.1 that fail at the connection level, for INFLUX_UNREACHABLE and friends. */
public final class DeadEndpoints {
  private DeadEndpoints() {}

  /**
   * {@code http://127.0.0.1:<port>} with nothing listening: connecting is refused. The port was free a moment
   * ago (bound then released); another process could take it, which a test on loopback will not see in practice.
   */
  public static URI refusingUrl() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException("could not find a free port on 127.0.0.1", e);
    }
  }

  /**
   * A URL whose TLS handshake fails: {@code https://} to a plain-HTTP listener that answers a TLS hello the way
   * Go's {@code net/http} does (a {@code 400 Bad Request} in clear text), so clients report "Unrecognized SSL
   * message, plaintext connection?". The caller closes the returned server. (The JDK {@code HttpServer} behind
   * the simulators waits for a request line instead, which a client would see as a timeout, not a TLS error.)
   */
  public static RawSocketServer tlsMismatch() {
    return RawSocketServer.start(RawSocketServer.Behaviour.PLAIN_HTTP);
  }
}
