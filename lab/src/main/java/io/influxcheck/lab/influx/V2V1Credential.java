package io.influxcheck.lab.influx;

import io.influxcheck.config.Secret;
import java.util.List;

/**
 * A v1 compatibility authorization ({@code influx v1 auth create}): a username and password for
 * {@code /query} and {@code /write}, with its own permissions. The password is a {@link Secret}.
 */
public record V2V1Credential(String id, String username, Secret password, V2Status status, String orgId, String userId, List<V2Permission> permissions) {
  public V2V1Credential {
    permissions = List.copyOf(permissions);
  }

  boolean passwordEquals(String presented) {
    return !password.isEmpty() && password.reveal().equals(presented);
  }

  V2V1Credential withStatus(V2Status newStatus) {
    return new V2V1Credential(id, username, password, newStatus, orgId, userId, permissions);
  }
}
