package io.influxcheck.lab.grafana;

/**
 * One request the simulator answered. {@code authorization} is the raw header so a test can check
 * which credential a client sent; {@link #toString()} shows only its scheme.
 *
 * @param path request path without the query string
 * @param query raw query string, or empty
 * @param status the status the simulator answered
 */
public record RecordedCall(String method, String path, String query, String authorization, String requestBody, int status) {

  /** The Authorization scheme ({@code Bearer}, {@code Basic}) without the credential, or {@code none}. */
  public String authorizationScheme() {
    if (authorization == null || authorization.isBlank()) {
      return "none";
    }
    int space = authorization.indexOf(' ');
    return space < 0 ? "(malformed)" : authorization.substring(0, space);
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " [Authorization: "
        + authorizationScheme() + " <redacted>] -> " + status;
  }
}
