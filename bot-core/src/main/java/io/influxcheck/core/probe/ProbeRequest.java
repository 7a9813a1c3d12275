package io.influxcheck.core.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request to send to the server under diagnosis.
 *
 * @param method GET, POST or HEAD
 * @param path path below the data-source URL, e.g. {@code /api/v2/query}
 * @param query query parameters in order, unencoded
 * @param headers headers to send, credentials included (their values are {@link io.influxcheck.config.Secret}s)
 * @param contentType body media type, empty when there is no body
 * @param body request body, empty for none (never holds a secret)
 * @param auth how the request authenticates, for evidence: scheme and fingerprint, or {@code none}
 */
public record ProbeRequest(
    String method, String path, List<Map.Entry<String, String>> query, List<RequestHeader> headers,
    String contentType, String body, String auth) {

  public ProbeRequest {
    Objects.requireNonNull(method, "method is null");
    Objects.requireNonNull(path, "path is null");
    query = List.copyOf(query);
    headers = List.copyOf(headers);
    contentType = contentType == null ? "" : contentType;
    body = body == null ? "" : body;
    auth = auth == null || auth.isBlank() ? "none" : auth;
  }

  public static ProbeRequest get(String path) {
    return new ProbeRequest("GET", path, List.of(), List.of(), "", "", "none");
  }

  public ProbeRequest withQuery(String name, String value) {
    List<Map.Entry<String, String>> copy = new ArrayList<>(query);
    copy.add(Map.entry(name, value));
    return new ProbeRequest(method, path, copy, headers, contentType, body, auth);
  }

  public ProbeRequest withHeaders(List<RequestHeader> newHeaders, String authDescription) {
    List<RequestHeader> copy = new ArrayList<>(headers);
    copy.addAll(newHeaders);
    return new ProbeRequest(method, path, query, copy, contentType, body, authDescription);
  }

  public ProbeRequest withBody(String newContentType, String newBody) {
    return new ProbeRequest(method.equals("GET") ? "POST" : method, path, query, headers, newContentType, newBody, auth);
  }

}
