package io.influxcheck.lab.influx;

import java.util.Objects;

/**
 * A permission's resource: a type ({@code buckets}, {@code orgs}, {@code users}, {@code authorizations},
 * {@code dbrp}, {@code instance}, ...), optionally limited to one org and/or one id. Printed like InfluxDB's
 * {@code Resource.String()}.
 */
public record V2Resource(String type, String orgId, String id) {
  public V2Resource {
    Objects.requireNonNull(type, "type");
  }

  public static V2Resource bucket(V2Bucket bucket) {
    return new V2Resource("buckets", bucket.orgId(), bucket.id());
  }

  public static V2Resource allBucketsOf(V2Org org) {
    return new V2Resource("buckets", org.id(), null);
  }

  public static V2Resource org(String orgId) {
    return new V2Resource("orgs", null, orgId);
  }

  public static V2Resource user(String userId) {
    return new V2Resource("users", null, userId);
  }

  /** Every resource of {@code type} in {@code org}. */
  public static V2Resource ofOrg(String type, V2Org org) {
    return new V2Resource(type, org.id(), null);
  }

  /** Every resource of {@code type} anywhere. */
  public static V2Resource all(String type) {
    return new V2Resource(type, null, null);
  }

  @Override
  public String toString() {
    if (orgId != null && id != null) {
      return "orgs/" + orgId + "/" + type + "/" + id;
    }
    if (orgId != null) {
      return "orgs/" + orgId + "/" + type;
    }
    if (id != null) {
      return type + "/" + id;
    }
    return type;
  }
}
