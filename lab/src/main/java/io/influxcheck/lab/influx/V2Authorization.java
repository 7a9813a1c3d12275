package io.influxcheck.lab.influx;

import io.influxcheck.config.Secret;
import java.time.Instant;
import java.util.List;

/** An InfluxDB 2.x API token and what it may do. The token is a {@link Secret}, never printed. */
public record V2Authorization(
    String id, Secret token, V2Status status, String description, String orgId, String userId, List<V2Permission> permissions, Instant createdAt) {

  public V2Authorization {
    permissions = List.copyOf(permissions);
  }

  public boolean isActive() {
    return status == V2Status.ACTIVE;
  }

  /** True when one of the permissions allows {@code wanted} and the token is active. */
  public boolean allows(V2Permission wanted) {
    return isActive() && permissions.stream().anyMatch(p -> p.allows(wanted));
  }

  boolean tokenEquals(String presented) {
    return !token.isEmpty() && token.reveal().equals(presented);
  }

  V2Authorization withStatus(V2Status newStatus) {
    return new V2Authorization(id, token, newStatus, description, orgId, userId, permissions, createdAt);
  }
}
