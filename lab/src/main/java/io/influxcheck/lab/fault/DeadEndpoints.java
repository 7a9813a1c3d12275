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

  /** The same server addressed with {@code https://}: a TLS client meets plain HTTP and the handshake fails. */
  public static URI asHttps(URI plainHttpUrl) {
    if (!"http".equals(plainHttpUrl.getScheme())) {
      throw new IllegalArgumentException("expected an http:// URL, got " + plainHttpUrl.getScheme());
    }
    return URI.create("https" + plainHttpUrl.toString().substring("http".length()));
  }
}
