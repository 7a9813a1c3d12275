package io.influxcheck.lab.influx;

import java.util.List;
import java.util.Optional;

/** The data an InfluxQL statement can see, already limited to what the caller may read. */
interface InfluxQlCatalog {
  /** Databases the caller can see, in order. */
  List<String> databases();

  /**
   * Points of {@code database}: {@code retentionPolicy} null means all retention policies, empty the
   * default one. Empty when the database (or the mapping, on 2.x) does not exist for this caller.
   */
  Optional<List<Point>> points(String database, String retentionPolicy);

  /** Retention policies of a database: name, duration text, default flag. */
  List<RetentionPolicy> retentionPolicies(String database);

  record RetentionPolicy(String name, String duration, boolean isDefault) {}
}
