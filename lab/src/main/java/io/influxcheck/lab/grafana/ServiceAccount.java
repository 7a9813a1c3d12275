package io.influxcheck.lab.grafana;

import io.influxcheck.config.Secret;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A Grafana service account with one token. Its {@code toString} never shows the token.
 *
 * @param name service-account name, for messages only
 * @param token the token callers send ({@code glsa_…})
 * @param permissions the RBAC actions granted on all data sources
 * @param tokenState whether the token still works
 */
public record ServiceAccount(String name, Secret token, Set<GrafanaPermission> permissions, TokenState tokenState) {

  /** Why a known token may still be refused (facts E.1). */
  public enum TokenState { ACTIVE, EXPIRED, REVOKED }

  public ServiceAccount {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(token, "token is null");
    if (token.isEmpty()) {
      throw new IllegalArgumentException("service account " + name + " needs a non-empty token");
    }
    permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    Objects.requireNonNull(tokenState, "tokenState is null");
  }

  /** An active token holding the given permissions. */
  public static ServiceAccount active(String name, String token, GrafanaPermission... permissions) {
    return new ServiceAccount(name, Secret.of(token), Set.of(permissions), TokenState.ACTIVE);
  }

  /** An active token with read, query and write on data sources (what the bot needs to apply a fix). */
  public static ServiceAccount admin(String name, String token) {
    return active(name, token, GrafanaPermission.values());
  }

  public ServiceAccount expired() {
    return new ServiceAccount(name, token, permissions, TokenState.EXPIRED);
  }

  public ServiceAccount revoked() {
    return new ServiceAccount(name, token, permissions, TokenState.REVOKED);
  }

  boolean has(GrafanaPermission permission) {
    return permissions.contains(permission);
  }
}
