package io.influxcheck.lab.http;

import com.sun.net.httpserver.HttpExchange;
import io.influxcheck.lab.fault.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Writes a {@link Fault} onto an exchange instead of (or, for a finite stall, before) the normal answer. */
final class FaultWriter {
  private static final byte[] HUGE_CHUNK = hugeChunk();

  private final CountDownLatch closed;

  FaultWriter(CountDownLatch closed) {
    this.closed = closed;
  }

  /** Returns true when the normal answer should follow (a finite stall). */
  boolean apply(HttpExchange exchange, Fault fault) throws IOException {
    if (fault instanceof Fault.Stall stall) {
      return stall(stall);
    }
    if (fault instanceof Fault.CloseAfterHeaders) {
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, 4096);
      exchange.getResponseBody().flush();
      throw new IOException("fault: connection closed after headers");
    }
    if (fault instanceof Fault.TruncatedBody) {
      byte[] half = "{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"measurements\",\"colu".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, half.length * 2L);
      exchange.getResponseBody().write(half);
      exchange.getResponseBody().flush();
      throw new IOException("fault: body truncated");
    }
    if (fault instanceof Fault.HtmlProxyPage page) {
      plain(exchange, page.status(), "text/html", page.html().getBytes(StandardCharsets.UTF_8));
      return false;
    }
    if (fault instanceof Fault.ServerError error) {
      plain(exchange, error.status(), error.contentType(), error.body().getBytes(StandardCharsets.UTF_8));
      return false;
    }
    if (fault instanceof Fault.HugeBody huge) {
      huge(exchange, huge.bytes());
      return false;
    }
    if (fault instanceof Fault.GarbageJson garbage) {
      plain(exchange, 200, "application/json; charset=utf-8", garbage.body());
      return false;
    }
    throw new IllegalStateException("unknown fault " + fault);
  }

  private boolean stall(Fault.Stall stall) {
    try {
      if (stall.isForever()) {
        closed.await();
        return false;
      }
      return !closed.await(stall.delay().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void plain(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  private void huge(HttpExchange exchange, long bytes) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes);
    OutputStream out = exchange.getResponseBody();
    long left = bytes;
    out.write('[');
    left--;
    while (left > 0 && closed.getCount() > 0) {
      int n = (int) Math.min(HUGE_CHUNK.length, left);
      out.write(HUGE_CHUNK, 0, n);
      left -= n;
    }
  }

  private static byte[] hugeChunk() {
    byte[] item = "{\"name\":\"padding\",\"value\":0},".getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = new byte[item.length * 2048];
    for (int i = 0; i < 2048; i++) {
      System.arraycopy(item, 0, chunk, i * item.length, item.length);
    }
    return Arrays.copyOf(chunk, chunk.length);
  }
}
