package io.influxcheck.lab.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.influxcheck.lab.fault.Fault;
import io.influxcheck.lab.fault.FaultPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback HTTP server (127.0.0.1, free port) that hands each request to a {@link Handler}, records
 * it in a {@link CallLog} and applies the {@link FaultPlan}. Built on the JDK's
 * {@code com.sun.net.httpserver} with its own pool of daemon threads, so many requests run at once
 * and {@link #close()} returns promptly even while a request is stalled.
 *
 * <p>The JDK server writes header names in its own casing (first letter upper case, rest lower case,
 * e.g. {@code X-influxdb-version}); HTTP header names are case-insensitive, so clients see no difference.
 */
public final class SimServer implements AutoCloseable {
  /** Answers one request. Exceptions become a 500 text answer and are logged. */
  @FunctionalInterface
  public interface Handler {
    SimResponse handle(SimRequest request) throws Exception;
  }

  private static final Logger LOG = LoggerFactory.getLogger(SimServer.class);
  private static final int MAX_REQUEST_BODY = 16 * 1024 * 1024;
  private static final AtomicInteger SERVER_COUNTER = new AtomicInteger();

  private final String name;
  private final HttpServer server;
  private final ExecutorService executor;
  private final CallLog calls = new CallLog();
  private final FaultPlan faults = new FaultPlan();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final FaultWriter faultWriter = new FaultWriter(closed);
  private final Handler handler;

  private SimServer(String name, Handler handler) throws IOException {
    this.name = name;
    this.handler = handler;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    this.executor = Executors.newCachedThreadPool(daemonThreads(name));
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  /** Starts a server on 127.0.0.1 and a free port. {@code name} names its threads and log lines. */
  public static SimServer start(String name, Handler handler) {
    try {
      return new SimServer(name, handler);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the " + name + " simulator on 127.0.0.1", e);
    }
  }

  /** {@code http://127.0.0.1:<port>} (no trailing slash). */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public CallLog calls() {
    return calls;
  }

  public FaultPlan faults() {
    return faults;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try {
      SimRequest request = readRequest(exchange);
      calls.record(RecordedCall.of(request));
      var fault = faults.faultFor(request.path());
      if (fault.isPresent()) {
        boolean answerNormally = faultWriter.apply(exchange, fault.get());
        if (!answerNormally) {
          return;
        }
      }
      write(exchange, request, answer(request));
    } finally {
      exchange.close();
    }
  }

  private SimResponse answer(SimRequest request) {
    try {
      return handler.handle(request);
    } catch (Exception | Error e) {
      LOG.warn("{} simulator failed on {} {}", name, request.method(), request.path(), e);
      return SimResponse.of(500, "text/plain; charset=utf-8", "simulator error: " + e.getClass().getSimpleName() + "\n");
    }
  }

  private static SimRequest readRequest(HttpExchange exchange) throws IOException {
    List<Header> headers = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
      for (String value : e.getValue()) {
        headers.add(new Header(e.getKey(), value));
      }
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_REQUEST_BODY);
    }
    URI uri = exchange.getRequestURI();
    return new SimRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body);
  }

  static void write(HttpExchange exchange, SimRequest request, SimResponse response) throws IOException {
    for (Header h : response.headers()) {
      exchange.getResponseHeaders().add(h.name(), h.value());
    }
    int status = response.status();
    boolean noBody = request.isHead() || status == 204 || status == 304 || response.body().length == 0;
    exchange.sendResponseHeaders(status, noBody ? -1 : response.body().length);
    if (!noBody) {
      exchange.getResponseBody().write(response.body());
    }
  }

  /** Stops at once: open connections are closed and stalled requests are released. */
  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private static ThreadFactory daemonThreads(String name) {
    int serverNumber = SERVER_COUNTER.incrementAndGet();
    AtomicInteger threadNumber = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, "sim-" + name + "-" + serverNumber + "-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
