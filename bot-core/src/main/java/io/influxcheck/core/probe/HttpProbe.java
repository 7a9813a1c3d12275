package io.influxcheck.core.probe;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Sends one {@link ProbeRequest} to a base URL and returns what happened as data. Each call is bounded
 * by the per-request timeout and the diagnosis deadline, whichever ends first, and reads at most
 * {@link ProbeSettings#maxBodyBytes()} of the body. Thread-safe.
 */
public final class HttpProbe {
  private static final Set<String> CREDENTIAL_PARAMS = Set.of("u", "p");

  private final OkHttpClient client;
  private final HttpUrl baseUrl;
  private final ProbeSettings settings;
  private final Deadline deadline;
  private final SecretScrubber scrubber;

  public HttpProbe(OkHttpClient client, HttpUrl baseUrl, ProbeSettings settings, Deadline deadline, SecretScrubber scrubber) {
    this.client = Objects.requireNonNull(client, "client is null");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl is null");
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.deadline = Objects.requireNonNull(deadline, "deadline is null");
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber is null");
  }

  public ProbeResult send(ProbeRequest request) {
    HttpUrl url = urlOf(request);
    SentRequest sent = new SentRequest(request.method(), describePath(url), request.auth());
    Duration timeout = deadline.cap(settings.timeout());
    if (timeout.isZero()) {
      return new ProbeResult.TransportFailure(sent, FailureKind.TIMEOUT, "not sent: the diagnosis deadline had passed", 0);
    }
    Call call = client.newBuilder()
        .callTimeout(timeout)
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .build()
        .newCall(toOkHttp(request, url));
    long start = System.nanoTime();
    try (Response response = call.execute()) {
      return answered(request, sent, response, start);
    } catch (IOException e) {
      return new ProbeResult.TransportFailure(sent, kindOf(e), scrub(request, describe(e)), millisSince(start));
    }
  }

  private ProbeResult answered(ProbeRequest request, SentRequest sent, Response response, long start) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : response.headers().names()) {
      if (HttpExchange.HEADERS_OF_INTEREST.contains(name.toLowerCase(Locale.ROOT))) {
        headers.put(name, scrub(request, response.header(name, "")));
      }
    }
    ResponseBody body = response.body();
    BufferedSource source = body.source();
    BodyState state;
    try {
      state = source.request(settings.maxBodyBytes() + 1L) ? BodyState.OVER_CAP : BodyState.COMPLETE;
    } catch (InterruptedIOException e) {
      return new ProbeResult.TransportFailure(sent, FailureKind.TIMEOUT,
          "status " + response.code() + " arrived but the body did not finish in time", millisSince(start));
    } catch (IOException e) {
      state = BodyState.CUT_SHORT;
    }
    int available = (int) Math.min(source.getBuffer().size(), settings.maxBodyBytes());
    String text = source.getBuffer().snapshot(available).string(StandardCharsets.UTF_8);
    HttpExchange exchange = new HttpExchange(response.code(), headers, scrub(request, text), state);
    return new ProbeResult.Answered(sent, exchange, millisSince(start));
  }

  private HttpUrl urlOf(ProbeRequest request) {
    HttpUrl.Builder builder = baseUrl.newBuilder().query(null).fragment(null);
    String path = request.path().startsWith("/") ? request.path().substring(1) : request.path();
    if (!baseUrl.pathSegments().isEmpty() && baseUrl.pathSegments().get(baseUrl.pathSegments().size() - 1).isEmpty()) {
      builder.removePathSegment(baseUrl.pathSegments().size() - 1);
    }
    builder.addPathSegments(path);
    for (Map.Entry<String, String> param : request.query()) {
      builder.addQueryParameter(param.getKey(), param.getValue());
    }
    return builder.build();
  }

  private static Request toOkHttp(ProbeRequest request, HttpUrl url) {
    Request.Builder builder = new Request.Builder().url(url);
    for (RequestHeader header : request.headers()) {
      builder.header(header.name(), header.value().reveal());
    }
    RequestBody body = request.body().isEmpty() && !request.method().equals("POST")
        ? null
        : RequestBody.create(request.body().getBytes(StandardCharsets.UTF_8),
            MediaType.parse(request.contentType().isEmpty() ? "text/plain" : request.contentType()));
    return builder.method(request.method(), body).build();
  }

  /** Path and query for evidence: {@code u}/{@code p} parameters are removed, user info never shown. */
  static String describePath(HttpUrl url) {
    HttpUrl.Builder builder = url.newBuilder().username("").password("");
    for (String name : CREDENTIAL_PARAMS) {
      builder.removeAllQueryParameters(name);
    }
    HttpUrl safe = builder.build();
    String query = safe.encodedQuery();
    return safe.encodedPath() + (query == null ? "" : "?" + query);
  }

  static FailureKind kindOf(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return FailureKind.DNS;
      }
      if (t instanceof SSLException) {
        return FailureKind.TLS;
      }
      if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
        return FailureKind.REFUSED;
      }
      if (t instanceof SocketTimeoutException) {
        return FailureKind.TIMEOUT;
      }
    }
    if (e instanceof InterruptedIOException) {
      return FailureKind.TIMEOUT;
    }
    return FailureKind.IO;
  }

  private static String describe(IOException e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 3; t = t.getCause()) {
      String message = t.getMessage();
      parts.add(t.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }
    return String.join(" <- ", parts);
  }

  private String scrub(ProbeRequest request, String text) {
    String result = scrubber.scrub(text);
    List<io.influxcheck.config.Secret> sent = new ArrayList<>();
    for (RequestHeader header : request.headers()) {
      sent.add(header.value());
    }
    return new SecretScrubber(sent).scrub(result);
  }

  private static long millisSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
  }
}
