package io.influxcheck.lab.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One request a simulator received, for assertions. The raw values are available through the
 * accessors (tests compare them), but {@link #toString()} redacts {@code Authorization}, cookies and
 * the {@code p} query parameter, so a failing assertion never prints a credential.
 */
public record RecordedCall(Instant at, String method, String path, String rawQuery, List<Header> headers, byte[] body) {

  public RecordedCall {
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  static RecordedCall of(SimRequest request) {
    return new RecordedCall(Instant.now(), request.method(), request.path(), request.rawQuery(), request.headers(), request.body());
  }

  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
  }

  /** The raw Authorization header, for tests that check what a client sent. Never print it. */
  public Optional<String> authorization() {
    return header("Authorization");
  }

  public Optional<String> query(String name) {
    List<String> values = SimRequest.parseForm(rawQuery).get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    String shownHeaders = headers.stream()
        .map(h -> h.name() + ": " + Redaction.headerValue(h.name(), h.value()))
        .collect(Collectors.joining(", ", "{", "}"));
    String shownQuery = rawQuery.isEmpty() ? "" : "?" + Redaction.query(rawQuery);
    return "RecordedCall[" + method + " " + path + shownQuery + " headers=" + shownHeaders + " body=" + body.length + " bytes]";
  }
}
