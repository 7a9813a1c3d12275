package io.influxcheck.core.diagnosis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * A socket-level server on 127.0.0.1 for faults an HTTP server library will not produce: answers cut
 * short, connections that never answer. The handler gets the request path and returns the raw bytes to
 * write, or {@code null} to hold the connection open without answering until the server closes.
 */
final class RawServer implements AutoCloseable {
  private final ServerSocket socket;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  private final String greeting;

  RawServer(Function<String, String> handler) throws IOException {
    this(handler, null);
  }

  private RawServer(Function<String, String> handler, String greeting) throws IOException {
    this.greeting = greeting;
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> acceptLoop(handler), "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server that writes {@code raw} as soon as a connection opens, before reading anything, then closes. */
  static RawServer greeting(String raw) throws IOException {
    return new RawServer(path -> raw, raw);
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void acceptLoop(Function<String, String> handler) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        open.add(client);
        Thread worker = new Thread(() -> serve(client, handler), "raw-server-conn");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client, Function<String, String> handler) {
    try {
      if (greeting != null) {
        client.getOutputStream().write(greeting.getBytes(StandardCharsets.ISO_8859_1));
        client.getOutputStream().flush();
        client.close();
        return;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
      String requestLine = in.readLine();
      String line;
      while ((line = in.readLine()) != null && !line.isEmpty()) {
        // headers are not needed
      }
      String path = requestLine == null ? "" : requestLine.split(" ")[1];
      String answer = handler.apply(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
      if (answer == null) {
        closed.await();
        return;
      }
      OutputStream out = client.getOutputStream();
      out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      client.close();
    } catch (IOException e) {
      // the client went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    socket.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
