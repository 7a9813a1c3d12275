package io.influxcheck.core.grafana;

/** The Grafana RBAC actions the bot needs and the roles that grant them. */
public final class GrafanaPermissions {
  /** List data sources and read their settings. */
  public static final String READ = "datasources:read";
  /** Run Grafana's health check and queries through a data source. */
  public static final String QUERY = "datasources:query";

  private GrafanaPermissions() { }

  /** The role to give the service account for an action, in words. */
  public static String grantingRole(String permission) {
    if (permission.startsWith("datasources:read") || permission.startsWith("datasources:query")) {
      return "the fixed role `Data sources: Reader` (fixed:datasources:reader: datasources:read and datasources:query), "
          + "which the Admin basic role includes";
    }
    if (permission.startsWith("datasources:write")) {
      return "the fixed role `Data sources: Writer` (fixed:datasources:writer), which the Admin basic role includes";
    }
    return "a role with `" + permission + "`";
  }
}
