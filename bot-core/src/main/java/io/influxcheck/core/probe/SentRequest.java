package io.influxcheck.core.probe;

import java.util.Objects;

/**
 * What was sent, safe to show: method, path with query (credential parameters removed) and the auth
 * scheme with a secret fingerprint.
 */
public record SentRequest(String method, String path, String auth) {
  public SentRequest {
    Objects.requireNonNull(method, "method is null");
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(auth, "auth is null");
  }
}
