package io.influxcheck.lab.grafana;

/** What a forwarded request to InfluxDB produced: an HTTP answer, an answer cut off in the body, or a transport failure. */
sealed interface UpstreamReply permits UpstreamReply.Answered, UpstreamReply.Cut, UpstreamReply.Failed {

  /**
   * InfluxDB answered.
   *
   * @param statusLine Go's {@code resp.Status}, e.g. {@code 404 Not Found}
   * @param contentType the Content-Type header, or empty
   * @param influxError the {@code X-Influxdb-Error} header, or empty
   * @param body the body, capped
   */
  record Answered(int status, String statusLine, String contentType, String influxError, String body)
      implements UpstreamReply {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * The status line and headers arrived but reading the body failed: Go's client has already returned the
   * response, so the error ({@code unexpected EOF}, a body timeout) surfaces where the body is read, without
   * the {@code Post "…":} prefix of a transport error.
   */
  record Cut(int status, String goError) implements UpstreamReply {}

  /** No HTTP answer; {@code goError} is what Go's HTTP client would have said ({@code Post "…": …}). */
  record Failed(String goError) implements UpstreamReply {}
}
