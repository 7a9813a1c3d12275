package io.influxcheck.config;

import java.net.URI;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A Grafana instance to read data sources from and to re-test through ({@code grafana:} list entry).
 *
 * @param name unique short name, used in commands and messages
 * @param url base URL, always ending in {@code /}
 * @param token a service-account token
 * @param orgId the organization to act in ({@code X-Grafana-Org-Id}); empty for the token's own
 * @param tls certificate trust
 */
public record GrafanaTarget(String name, URI url, Secret token, OptionalLong orgId, TlsSettings tls) {
  public GrafanaTarget {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(url, "url is null");
    Objects.requireNonNull(token, "token is null");
    Objects.requireNonNull(orgId, "orgId is null");
    Objects.requireNonNull(tls, "tls is null");
  }
}
