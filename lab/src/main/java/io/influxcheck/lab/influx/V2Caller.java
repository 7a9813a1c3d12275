package io.influxcheck.lab.influx;

import java.util.List;

/**
 * Who sent a request that passed authentication: the authorization's org, owner and permissions (from an
 * API token or a v1 credential) and whether it is active.
 */
record V2Caller(String orgId, String userId, boolean active, List<V2Permission> permissions) {

  static V2Caller of(V2Authorization auth) {
    return new V2Caller(auth.orgId(), auth.userId(), auth.isActive(), auth.permissions());
  }

  static V2Caller of(V2V1Credential cred) {
    return new V2Caller(cred.orgId(), cred.userId(), cred.status() == V2Status.ACTIVE, cred.permissions());
  }

  boolean allows(V2Permission wanted) {
    return active && permissions.stream().anyMatch(p -> p.allows(wanted));
  }

  boolean canRead(V2Bucket bucket) {
    return allows(bucket.readPermission());
  }

  /** Message InfluxDB returns when a single-resource check fails: {@code token is inactive} or {@code <perm> is unauthorized}. */
  String denial(V2Permission wanted) {
    return active ? wanted + " is unauthorized" : "token is inactive";
  }
}
