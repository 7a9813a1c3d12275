package io.influxcheck.lab.http;

import java.util.Locale;
import java.util.Set;

/** Hides credentials when requests are printed: header values, the {@code p} query parameter. */
final class Redaction {
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "x-api-key", "proxy-authorization");

  private Redaction() {}

  static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** {@code Token <redacted 12 chars>}: keeps the scheme (useful in assertions) but never the credential. */
  static String headerValue(String name, String value) {
    if (!isSecretHeader(name)) {
      return value;
    }
    int space = value.indexOf(' ');
    String scheme = space > 0 ? value.substring(0, space) + " " : "";
    int secretLength = value.length() - scheme.length();
    return scheme + "<redacted " + secretLength + " chars>";
  }

  static String query(String rawQuery) {
    StringBuilder out = new StringBuilder();
    for (String pair : rawQuery.split("&")) {
      if (out.length() > 0) {
        out.append('&');
      }
      if (pair.startsWith("p=") || pair.startsWith("password=") || pair.startsWith("token=")) {
        out.append(pair, 0, pair.indexOf('=') + 1).append("<redacted>");
      } else {
        out.append(pair);
      }
    }
    return out.toString();
  }
}
