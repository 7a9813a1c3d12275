package io.influxcheck.lab.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * Something going wrong between the client and the simulated server, set on a simulator as a whole or
 * on one path through {@link FaultPlan}. Each kind maps to a failure the diagnosis must name: a stall
 * to a timeout, a proxy page or garbage to an unexpected response, a cut connection to an I/O error.
 */
public sealed interface Fault {

  /** Accept the request and answer only after {@code delay}; with no delay, never answer (until the simulator closes). */
  record Stall(Duration delay) implements Fault {
    public static Stall forever() {
      return new Stall(null);
    }

    public static Stall of(Duration delay) {
      return new Stall(Objects.requireNonNull(delay, "delay"));
    }

    public boolean isForever() {
      return delay == null;
    }
  }

  /** Send status line and headers announcing a body, then close the connection without sending it. */
  record CloseAfterHeaders() implements Fault {}

  /** Send headers and the first half of a JSON body announced with a longer Content-Length, then close. */
  record TruncatedBody() implements Fault {}

  /** An HTML page from something in front of InfluxDB: a reverse proxy error or a login page. */
  record HtmlProxyPage(int status, String html) implements Fault {
    public static HtmlProxyPage nginxBadGateway() {
      return new HtmlProxyPage(502, """
          <html>\r
          <head><title>502 Bad Gateway</title></head>\r
          <body>\r
          <center><h1>502 Bad Gateway</h1></center>\r
          <hr><center>nginx/1.25.3</center>\r
          </body>\r
          </html>\r
          """);
    }

    /** A single-sign-on proxy's login page, answered with 200 (the classic "200 but not InfluxDB"). */
    public static HtmlProxyPage loginPage() {
      return new HtmlProxyPage(200, """
          <!DOCTYPE html>
          <html lang="en">
          <head><meta charset="utf-8"><title>Sign In</title></head>
          <body>
          <form method="POST" action="/oauth2/sign_in"><button type="submit">Sign in with SSO</button></form>
          </body>
          </html>
          """);
    }
  }

  /** A 5xx with a body that is not JSON. */
  record ServerError(int status, String contentType, String body) implements Fault {
    public static ServerError internal() {
      return new ServerError(500, "text/plain; charset=utf-8", "Internal Server Error\n");
    }

    public static ServerError serviceUnavailable() {
      return new ServerError(503, "text/plain; charset=utf-8", "upstream connect error or disconnect/reset before headers. reset reason: connection failure\n");
    }
  }

  /** 200 {@code application/json} streaming {@code bytes} bytes of a never-ending JSON array. */
  record HugeBody(long bytes) implements Fault {
    public static HugeBody fiftyMegabytes() {
      return new HugeBody(50L * 1024 * 1024);
    }
  }

  /**
   * 200 {@code application/json; charset=utf-8} with a body that is not JSON. The default body starts with
   * the gzip magic bytes but carries no {@code Content-Encoding} (what grafana/grafana#30193 saw as
   * {@code invalid character '\x1f'}).
   */
  record GarbageJson(byte[] body) implements Fault {
    public static GarbageJson gzipWithoutHeader() {
      return new GarbageJson(new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xff, 'g', 'a', 'r', 'b', 'a', 'g', 'e'});
    }
  }
}
