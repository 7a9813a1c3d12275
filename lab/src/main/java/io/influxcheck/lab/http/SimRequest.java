package io.influxcheck.lab.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as a simulator sees it. Header lookups ignore case; query and form parameters are
 * URL-decoded. {@link #toString()} never shows credentials.
 */
public record SimRequest(String method, String path, String rawQuery, List<Header> headers, byte[] body) {

  public SimRequest {
    rawQuery = rawQuery == null ? "" : rawQuery;
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a header (case-insensitive name), if sent. */
  public Optional<String> header(String name) {
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        return Optional.of(h.value());
      }
    }
    return Optional.empty();
  }

  public Map<String, List<String>> queryParams() {
    return parseForm(rawQuery);
  }

  /** The first value of a query parameter, or empty. */
  public Optional<String> query(String name) {
    List<String> values = queryParams().get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** A parameter from the query string or, for a form-encoded POST, from the body (query string first). */
  public Optional<String> param(String name) {
    Optional<String> fromQuery = query(name);
    if (fromQuery.isPresent() || !isForm()) {
      return fromQuery;
    }
    List<String> values = parseForm(bodyText()).get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public boolean isForm() {
    return header("Content-Type").map(v -> v.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")).orElse(false);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public boolean isHead() {
    return "HEAD".equals(method);
  }

  static Map<String, List<String>> parseForm(String encoded) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  @Override
  public String toString() {
    return "SimRequest[" + method + " " + path + (rawQuery.isEmpty() ? "" : "?" + Redaction.query(rawQuery)) + "]";
  }
}
