package io.influxcheck.core.diagnosis;

import java.util.Objects;

/**
 * One piece of evidence behind a finding: usually a request the bot made and what came back.
 * Secrets never appear here: {@code auth} names the scheme and a fingerprint
 * (e.g. {@code Token sha256:1f2e3d4c (88 chars)}), and {@code path} has credentials removed.
 *
 * @param target which server answered: {@code influxdb}, {@code grafana}, or {@code config} for a setting
 * @param method HTTP method, empty for evidence that is not a request
 * @param path path and query string (credentials removed), or a file location for config evidence
 * @param auth auth scheme and secret fingerprint, {@code none}, or empty
 * @param status HTTP status, or {@code null} when no response came back
 * @param excerpt the relevant response text (size-capped) or the observation in words
 * @param elapsedMs time the request took, 0 when not a request
 */
public record Evidence(String target, String method, String path, String auth, Integer status, String excerpt, long elapsedMs) {
  public Evidence {
    Objects.requireNonNull(target, "target is null");
    method = method == null ? "" : method;
    path = path == null ? "" : path;
    auth = auth == null ? "" : auth;
    excerpt = excerpt == null ? "" : excerpt;
  }

  /** Evidence that is an observation rather than a request, e.g. a setting read from a file. */
  public static Evidence note(String target, String location, String observation) {
    return new Evidence(target, "", location, "", null, observation, 0);
  }

  public boolean isRequest() {
    return !method.isEmpty();
  }
}
