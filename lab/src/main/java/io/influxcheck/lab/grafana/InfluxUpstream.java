package io.influxcheck.lab.grafana;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends the requests Grafana's InfluxDB backend would send, over a real HTTP client with timeouts,
 * and turns transport failures into the messages Go's {@code net/http} client produces (they end up
 * verbatim in Grafana's health messages).
 */
final class InfluxUpstream implements AutoCloseable {
  private static final int BODY_CAP_BYTES = 4 * 1024 * 1024;
  private final OkHttpClient client = new OkHttpClient.Builder()
      .connectTimeout(Duration.ofSeconds(2))
      .retryOnConnectionFailure(false)
      .build();

  UpstreamReply send(Request request, Duration timeout) {
    OkHttpClient timed = client.newBuilder().callTimeout(timeout).readTimeout(timeout).build();
    String op = goOp(request);
    try (Response response = timed.newCall(request).execute()) {
      ResponseBody body = response.body();
      byte[] bytes;
      try {
        bytes = body.byteStream().readNBytes(BODY_CAP_BYTES);
      } catch (InterruptedIOException timedOut) {
        return new UpstreamReply.Cut(response.code(), "context deadline exceeded (Client.Timeout or context cancellation while reading body)");
      } catch (IOException cut) {
        return new UpstreamReply.Cut(response.code(), "unexpected EOF");
      }
      String reason = response.message().isEmpty() ? StatusText.of(response.code()) : response.message();
      return new UpstreamReply.Answered(response.code(), response.code() + " " + reason,
          headerOrEmpty(response, "Content-Type"), headerOrEmpty(response, "X-Influxdb-Error"),
          new String(bytes, StandardCharsets.UTF_8));
    } catch (InterruptedIOException timedOut) {
      return new UpstreamReply.Failed(op + ": context deadline exceeded (Client.Timeout exceeded while awaiting headers)");
    } catch (ConnectException refused) {
      return new UpstreamReply.Failed(op + ": dial tcp " + request.url().host() + ":" + request.url().port()
          + ": connect: connection refused");
    } catch (UnknownHostException unknown) {
      return new UpstreamReply.Failed(op + ": dial tcp: lookup " + request.url().host() + ": no such host");
    } catch (ProtocolException garbage) {
      String line = garbage.getMessage() == null ? "" : garbage.getMessage().replaceFirst("^Unexpected status line: ", "");
      return new UpstreamReply.Failed(op + ": net/http: HTTP/1.x transport connection broken: malformed HTTP response \""
          + line + "\"");
    } catch (IOException broken) {
      return new UpstreamReply.Failed(op + ": EOF");
    }
  }

  /** Go's {@code url.Error} prefix: {@code Post "http://…"}. */
  static String goOp(Request request) {
    String method = request.method();
    return method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT) + " \"" + request.url() + "\"";
  }

  private static String headerOrEmpty(Response response, String name) {
    String value = response.header(name);
    return value == null ? "" : value;
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
