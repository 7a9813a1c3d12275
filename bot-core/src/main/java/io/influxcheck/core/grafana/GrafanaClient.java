package io.influxcheck.core.grafana;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import io.influxcheck.core.probe.Deadline;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Calls one Grafana's HTTP API with the bot's service-account token. Every call has the connection's
 * timeout and a capped body; every outcome, including 401/403/5xx and transport failures, is returned
 * as a {@link GrafanaExchange}. Thread-safe.
 */
public final class GrafanaClient {
  /** The body cap when none is given: probes.maxBodyBytes' default. */
  public static final long DEFAULT_BODY_LIMIT = 1024 * 1024;
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final GrafanaConnection connection;
  private final OkHttpClient http;
  private final long bodyLimit;
  private final Optional<Deadline> deadline;

  public GrafanaClient(GrafanaConnection connection, OkHttpClient http) {
    this(connection, http, DEFAULT_BODY_LIMIT);
  }

  /** @param bodyLimit most bytes read from a response body (probes.maxBodyBytes) */
  public GrafanaClient(GrafanaConnection connection, OkHttpClient http, long bodyLimit) {
    if (bodyLimit < 1) {
      throw new IllegalArgumentException("bodyLimit must be positive, was " + bodyLimit);
    }
    this.connection = connection;
    this.http = http;
    this.bodyLimit = bodyLimit;
    this.deadline = Optional.empty();
  }

  private GrafanaClient(GrafanaClient base, Deadline deadline) {
    this.connection = base.connection;
    this.http = base.http;
    this.bodyLimit = base.bodyLimit;
    this.deadline = Optional.of(deadline);
  }

  /**
   * This client with every request's timeout capped by the time left before {@code deadline}; once it has
   * passed, requests are not sent and come back as a {@link GrafanaExchange.Failure#TIMEOUT}.
   */
  public GrafanaClient within(Deadline deadline) {
    return new GrafanaClient(this, deadline);
  }

  /** A client with its own OkHttp configured from the connection's timeout and TLS options. */
  public static GrafanaClient create(GrafanaConnection connection) {
    return create(connection, DEFAULT_BODY_LIMIT);
  }

  /** As {@link #create(GrafanaConnection)}, reading at most {@code bodyLimit} bytes of each response body. */
  public static GrafanaClient create(GrafanaConnection connection, long bodyLimit) {
    return new GrafanaClient(connection, GrafanaHttp.client(connection), bodyLimit);
  }

  public GrafanaConnection connection() {
    return connection;
  }

  /** {@code GET /api/health}: needs no permission; tells whether Grafana is up and its version. */
  public GrafanaExchange health() {
    return send("GET", "/api/health", null);
  }

  /** {@code GET /api/datasources}: needs {@code datasources:read}. */
  public GrafanaExchange dataSources() {
    return send("GET", "/api/datasources", null);
  }

  /** {@code GET /api/datasources/uid/:uid}: needs {@code datasources:read}. */
  public GrafanaExchange dataSource(String uid) {
    return send("GET", "/api/datasources/uid/" + encode(uid), null);
  }

  /** {@code GET /api/datasources/uid/:uid/health}: Grafana's "Save & test"; needs {@code datasources:query}. */
  public GrafanaExchange dataSourceHealth(String uid) {
    return send("GET", "/api/datasources/uid/" + encode(uid) + "/health", null);
  }

  /** {@code POST /api/ds/query}: the dashboard path; needs {@code datasources:query}. */
  public GrafanaExchange query(String jsonBody) {
    return send("POST", "/api/ds/query", jsonBody);
  }

  private GrafanaExchange send(String method, String path, String jsonBody) {
    long start = System.nanoTime();
    HttpUrl url = HttpUrl.parse(connection.url() + path);
    if (url == null) {
      return new GrafanaExchange.Failed(method, path, GrafanaExchange.Failure.INVALID_URL,
          "`" + connection.url() + "` is not an http(s) URL; set grafana[" + connection.name() + "].url", 0);
    }
    Request.Builder request = new Request.Builder().url(url).header("Accept", "application/json");
    if (!connection.token().isEmpty()) {
      request.header("Authorization", "Bearer " + connection.token().reveal());
    }
    connection.orgId().ifPresent(org -> request.header("X-Grafana-Org-Id", Long.toString(org)));
    request.method(method, jsonBody == null ? null : RequestBody.create(jsonBody, JSON));
    Call call = http.newCall(request.build());
    boolean cutByDeadline = false;
    if (deadline.isPresent()) {
      Duration timeout = deadline.get().cap(connection.timeout());
      if (timeout.isZero()) {
        return new GrafanaExchange.Failed(method, path, GrafanaExchange.Failure.TIMEOUT, GrafanaExchange.Failed.NOT_SENT_AFTER_DEADLINE, 0);
      }
      cutByDeadline = timeout.compareTo(connection.timeout()) < 0;
      call.timeout().timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }
    try (Response response = call.execute()) {
      String body = readCapped(response.body().source());
      return new GrafanaExchange.Answered(method, path, response.code(), body, elapsed(start));
    } catch (IOException e) {
      GrafanaExchange.Failure failure = classify(e);
      String detail = failure == GrafanaExchange.Failure.TIMEOUT && cutByDeadline
          ? GrafanaExchange.Failed.CUT_BY_DEADLINE + " (" + describe(e) + ")" : describe(e);
      return new GrafanaExchange.Failed(method, path, failure, detail, elapsed(start));
    }
  }

  private String readCapped(BufferedSource source) throws IOException {
    Buffer buffer = new Buffer();
    long total = 0;
    while (total < bodyLimit) {
      long read = source.read(buffer, Math.min(8192, bodyLimit - total));
      if (read == -1) {
        break;
      }
      total += read;
    }
    return buffer.readString(StandardCharsets.UTF_8);
  }

  private static GrafanaExchange.Failure classify(IOException e) {
    if (e instanceof SSLException) {
      return GrafanaExchange.Failure.TLS;
    }
    if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
      return GrafanaExchange.Failure.TIMEOUT;
    }
    if (e instanceof ConnectException || e instanceof UnknownHostException) {
      return GrafanaExchange.Failure.UNREACHABLE;
    }
    return GrafanaExchange.Failure.BROKEN_RESPONSE;
  }

  /** The exception's kind and message: never holds the token, which only travels in a header. */
  private static String describe(IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
