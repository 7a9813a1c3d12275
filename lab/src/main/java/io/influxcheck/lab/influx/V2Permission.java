package io.influxcheck.lab.influx;

import java.util.List;
import java.util.Objects;

/** {@code read} or {@code write} on a {@link V2Resource}; printed as {@code read:orgs/<org>/buckets/<id>}. */
public record V2Permission(String action, V2Resource resource) {
  /** Resource types an all-access token of an org covers (InfluxDB 2.7 {@code OrgResourceTypes}, abridged). */
  static final List<String> ORG_RESOURCE_TYPES = List.of(
      "authorizations", "buckets", "dashboards", "orgs", "tasks", "telegrafs", "users", "variables", "scrapers",
      "secrets", "labels", "views", "documents", "notificationRules", "notificationEndpoints", "checks", "dbrp",
      "notebooks", "annotations", "remotes", "replications");

  public V2Permission {
    if (!"read".equals(action) && !"write".equals(action)) {
      throw new IllegalArgumentException("action must be read or write: " + action);
    }
    Objects.requireNonNull(resource, "resource");
  }

  public static V2Permission read(V2Resource resource) {
    return new V2Permission("read", resource);
  }

  public static V2Permission write(V2Resource resource) {
    return new V2Permission("write", resource);
  }

  /**
   * Whether holding this permission allows {@code wanted} ({@code Permission.matchesV1} in InfluxDB's
   * {@code authz.go}): same action; type {@code instance} covers everything; no org and no id covers the whole
   * type; org only covers that org; an id covers that id.
   */
  public boolean allows(V2Permission wanted) {
    if (!action.equals(wanted.action)) {
      return false;
    }
    V2Resource have = resource;
    V2Resource want = wanted.resource;
    if ("instance".equals(have.type())) {
      return true;
    }
    if (!have.type().equals(want.type())) {
      return false;
    }
    if (have.orgId() == null && have.id() == null) {
      return true;
    }
    if (have.orgId() != null && have.id() == null) {
      return have.orgId().equals(want.orgId());
    }
    return have.id() != null && have.id().equals(want.id());
  }

  @Override
  public String toString() {
    return action + ":" + resource;
  }
}
