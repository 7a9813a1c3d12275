package io.influxcheck.lab.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A complete response: status, headers in order, exact body bytes. */
public record SimResponse(int status, List<Header> headers, byte[] body) {

  public SimResponse {
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  public static SimResponse of(int status, String contentType, String body) {
    List<Header> headers = new ArrayList<>();
    if (contentType != null) {
      headers.add(new Header("Content-Type", contentType));
    }
    return new SimResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  public static SimResponse empty(int status) {
    return new SimResponse(status, List.of(), new byte[0]);
  }

  /** A copy with one more header (appended after the existing ones). */
  public SimResponse withHeader(String name, String value) {
    List<Header> copy = new ArrayList<>(headers);
    copy.add(new Header(name, value));
    return new SimResponse(status, copy, body);
  }

  /** A copy with the given headers placed before the existing ones (common headers such as version). */
  public SimResponse withLeadingHeaders(List<Header> leading) {
    List<Header> copy = new ArrayList<>(leading);
    copy.addAll(headers);
    return new SimResponse(status, copy, body);
  }

  public SimResponse withBody(byte[] newBody) {
    return new SimResponse(status, headers, newBody);
  }

  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SimResponse[" + status + ", " + body.length + " bytes]";
  }
}
