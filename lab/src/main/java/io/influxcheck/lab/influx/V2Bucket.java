package io.influxcheck.lab.influx;

import java.time.Instant;

/**
 * An InfluxDB 2.x bucket. {@code retentionSeconds} 0 means infinite; {@code system} buckets
 * ({@code _monitoring}, {@code _tasks}) need {@code read:orgs/<orgID>} to be read.
 */
public record V2Bucket(String id, String orgId, String name, boolean system, long retentionSeconds, String description, Instant createdAt) {
  public String type() {
    return system ? "system" : "user";
  }

  /** The permission that reading this bucket needs. */
  public V2Permission readPermission() {
    return system ? V2Permission.read(V2Resource.org(orgId)) : V2Permission.read(V2Resource.bucket(this));
  }
}
