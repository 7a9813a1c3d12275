package io.influxcheck.lab.influx;

import io.influxcheck.config.Secret;
import java.util.Map;

/** An InfluxDB 1.x user: password ({@link Secret}), admin flag, per-database grants ({@code READ}, {@code WRITE}, {@code ALL}). */
public record Influx1User(String name, Secret password, boolean admin, Map<String, Influx1Privilege> grants) {
  public Influx1User {
    grants = Map.copyOf(grants);
  }

  /** {@code meta.UserInfo.AuthorizeDatabase}. */
  boolean mayAccess(Influx1Privilege wanted, String database) {
    if (admin) {
      return true;
    }
    Influx1Privilege granted = grants.get(database);
    return granted != null && (granted == wanted || granted == Influx1Privilege.ALL);
  }
}
