package io.influxcheck.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode without a servlet container: the JDK's HTTP server in front of Bolt's own request
 * handling ({@link SlackRequestParser} and {@link App#run}). Bolt verifies the signature and the
 * timestamp of every request (401 when bad or older than 5 minutes).
 */
final class SlackHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackHttpServer.class);
  /** Slack's payloads are a few kilobytes; anything far bigger is not from Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final App app;
  private final String path;
  private final SlackRequestParser parser;
  private final HttpServer server;

  private SlackHttpServer(App app, String path, HttpServer server) {
    this.app = app;
    this.path = path;
    this.parser = new SlackRequestParser(app.config());
    this.server = server;
  }

  static SlackHttpServer start(App app, InetSocketAddress address, String path, ExecutorService executor) throws IOException {
    HttpServer server = HttpServer.create(address, 64);
    SlackHttpServer slackServer = new SlackHttpServer(app, path, server);
    server.createContext("/", slackServer::handle);
    server.setExecutor(executor);
    server.start();
    return slackServer;
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals(path)) {
        send(exchange, 404, "text/plain; charset=utf-8", "Not found: Slack requests go to " + path);
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain; charset=utf-8", "Slack requests are POSTs");
        return;
      }
      byte[] body = readCapped(exchange.getRequestBody());
      if (body == null) {
        send(exchange, 413, "text/plain; charset=utf-8", "Request body larger than " + MAX_BODY_BYTES + " bytes");
        return;
      }
      Map<String, List<String>> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach(headers::put);
      SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
          .requestUri(exchange.getRequestURI().getPath())
          .queryString(QueryStringParser.toMap(exchange.getRequestURI().getRawQuery()))
          .headers(new RequestHeaders(headers))
          .requestBody(new String(body, StandardCharsets.UTF_8))
          .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
          .build();
      Request<?> request = parser.parse(raw);
      if (request == null) {
        send(exchange, 400, "text/plain; charset=utf-8", "Not a Slack request");
        return;
      }
      Response response = app.run(request);
      if (response.getHeaders() != null) {
        response.getHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
      }
      send(exchange, response.getStatusCode() == null ? 200 : response.getStatusCode(),
          response.getContentType() == null ? "text/plain; charset=utf-8" : response.getContentType(),
          response.getBody() == null ? "" : response.getBody());
    } catch (Exception e) {
      String reference = SlackListeners.reference();
      LOG.error("HTTP request failed [{}]", reference, e);
      send(exchange, 500, "text/plain; charset=utf-8", "Internal error, reference " + reference);
    }
  }

  private static byte[] readCapped(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    return bytes.length > MAX_BODY_BYTES ? null : bytes;
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
