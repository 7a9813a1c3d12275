package io.influxcheck.core.probe;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An HTTP answer: status, the headers that identify InfluxDB or explain an error, and the body read
 * up to the size cap.
 *
 * @param headers headers of interest, names in lower case
 */
public record HttpExchange(int status, Map<String, String> headers, String body, BodyState bodyState) {
  /** Header names kept from a response; everything else is dropped. */
  public static final java.util.Set<String> HEADERS_OF_INTEREST = java.util.Set.of(
      "content-type", "x-influxdb-version", "x-influxdb-build", "x-platform-error-code",
      "x-influxdb-error", "www-authenticate", "location", "server");

  private static final int EXCERPT_CHARS = 400;

  public HttpExchange {
    Map<String, String> lower = new TreeMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    headers = Map.copyOf(lower);
    body = body == null ? "" : body;
    Objects.requireNonNull(bodyState, "bodyState is null");
  }

  public String header(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
  }

  public String contentType() {
    return header("content-type");
  }

  public boolean isComplete() {
    return bodyState == BodyState.COMPLETE;
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** The body trimmed to a few hundred characters for evidence, marked when cut. */
  public String excerpt() {
    String text = body.strip();
    String cut = text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + " …" : text;
    switch (bodyState) {
      case OVER_CAP:
        return cut + " [body over the size cap; reading stopped]";
      case CUT_SHORT:
        return cut + " [connection closed before the body was complete]";
      case COMPLETE:
      default:
        return cut;
    }
  }
}
