package io.influxcheck.lab.grafana;

/** What a forwarded request to InfluxDB produced: an HTTP answer, or a transport failure. */
sealed interface UpstreamReply permits UpstreamReply.Answered, UpstreamReply.Failed {

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

  /** No HTTP answer; {@code goError} is what Go's HTTP client would have said ({@code Post "…": …}). */
  record Failed(String goError) implements UpstreamReply {}
}
