package io.influxcheck.lab.influx;

/** A database/retention-policy to bucket mapping; {@code virtual} ones are derived from bucket names. */
public record V2Dbrp(String id, String orgId, String bucketId, String database, String retentionPolicy, boolean isDefault, boolean virtual) {}
