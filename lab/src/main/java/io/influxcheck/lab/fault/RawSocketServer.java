package io.influxcheck.lab.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on 127.0.0.1 that does not speak HTTP, for failures below HTTP: {@link Behaviour#GARBAGE}
 * answers bytes that are neither HTTP nor TLS, {@link Behaviour#PLAIN_HTTP} answers anything (a TLS hello
 * included) with a clear-text {@code 400 Bad Request} like a Go HTTP server, {@link Behaviour#SILENT} accepts and never answers (a connect
 * that succeeds but a read or TLS handshake that times out), {@link Behaviour#RESET} closes every connection at
 * once. Daemon threads; {@link #close()} closes every open connection.
 */
public final class RawSocketServer implements AutoCloseable {
  public enum Behaviour { GARBAGE, PLAIN_HTTP, SILENT, RESET }

  static final byte[] GARBAGE_BYTES = "\u0000\u0007SSH-2.0-OpenSSH_9.6 not-http\r\n\u0015\u0003\u0001garbage".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PLAIN_400 = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request"
      .getBytes(StandardCharsets.US_ASCII);
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final ServerSocket server;
  private final Behaviour behaviour;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();

  private RawSocketServer(Behaviour behaviour) throws IOException {
    this.behaviour = behaviour;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "raw-socket-" + behaviour.name().toLowerCase() + "-" + COUNTER.incrementAndGet());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static RawSocketServer start(Behaviour behaviour) {
    try {
      return new RawSocketServer(behaviour);
    } catch (IOException e) {
      throw new UncheckedIOException("could not listen on 127.0.0.1", e);
    }
  }

  public URI httpUrl() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  public URI httpsUrl() {
    return URI.create("https://127.0.0.1:" + server.getLocalPort());
  }

  /** Connections accepted so far. */
  public int acceptedConnections() {
    return accepted.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        accepted.incrementAndGet();
        serve(socket);
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        // keep accepting: one bad connection must not stop the server
      }
    }
  }

  private void serve(Socket socket) throws IOException {
    switch (behaviour) {
      case RESET -> {
        socket.setSoLinger(true, 0);
        socket.close();
      }
      case SILENT -> open.add(socket);
      case GARBAGE, PLAIN_HTTP -> {
        open.add(socket);
        byte[] answer = behaviour == Behaviour.GARBAGE ? GARBAGE_BYTES : PLAIN_400;
        Thread writer = new Thread(() -> answer(socket, answer), "raw-socket-writer");
        writer.setDaemon(true);
        writer.start();
      }
    }
  }

  private void answer(Socket socket, byte[] answer) {
    try (socket) {
      InputStream in = socket.getInputStream();
      in.read(new byte[1024]);
      OutputStream out = socket.getOutputStream();
      out.write(answer);
      out.flush();
    } catch (IOException e) {
      // the client went away; nothing to do
    } finally {
      open.remove(socket);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    open.clear();
  }
}
