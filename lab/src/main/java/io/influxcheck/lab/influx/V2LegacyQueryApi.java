package io.influxcheck.lab.influx;

import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET|POST /query} on InfluxDB 2.x (v1 compatibility): InfluxQL over DBRP mappings the caller may
 * read. An unmapped or unreadable database is "not found" (HTTP 200 with a statement error), and
 * {@code SHOW MEASUREMENTS} on it is an empty success, exactly what hides DBRP problems from Grafana.
 */
final class V2LegacyQueryApi {
  static final String JSON = "application/json";

  private final InfluxV2State state;

  V2LegacyQueryApi(InfluxV2State state) {
    this.state = state;
  }

  SimResponse query(SimRequest request, V2Caller caller) {
    Optional<String> q = request.param("q").filter(s -> !s.isBlank());
    if (q.isEmpty()) {
      return V2Errors.compact("invalid", "missing required parameter \"q\"");
    }
    List<InfluxQlStatement> statements;
    try {
      statements = InfluxQlParser.parse(q.get());
    } catch (InfluxQlParser.ParseException e) {
      return V2Errors.compact("invalid", e.getMessage());
    }
    String body = InfluxQlEngine.execute(statements, request.param("db").orElse(""), request.param("rp").orElse(""),
        request.param("epoch").orElse(null), new Catalog(caller));
    return SimResponse.of(200, JSON, body);
  }

  private final class Catalog implements InfluxQlCatalog {
    private final V2Caller caller;
    private final List<V2Dbrp> readable;

    Catalog(V2Caller caller) {
      this.caller = caller;
      this.readable = state.dbrps(caller.orgId()).stream()
          .filter(d -> state.bucketById(d.bucketId()).map(caller::canRead).orElse(false))
          .toList();
    }

    @Override
    public List<String> databases() {
      LinkedHashSet<String> names = new LinkedHashSet<>();
      readable.forEach(d -> names.add(d.database()));
      return List.copyOf(names);
    }

    @Override
    public Optional<List<Point>> points(String database, String retentionPolicy) {
      List<V2Dbrp> matching = readable.stream().filter(d -> d.database().equals(database)).toList();
      if (retentionPolicy != null) {
        matching = retentionPolicy.isEmpty()
            ? matching.stream().filter(V2Dbrp::isDefault).limit(1).toList()
            : matching.stream().filter(d -> d.retentionPolicy().equals(retentionPolicy)).toList();
      }
      if (matching.isEmpty()) {
        return Optional.empty();
      }
      List<Point> out = new ArrayList<>();
      matching.forEach(d -> out.addAll(state.points(d.bucketId())));
      return Optional.of(out);
    }

    @Override
    public List<RetentionPolicy> retentionPolicies(String database) {
      return readable.stream().filter(d -> d.database().equals(database))
          .map(d -> new RetentionPolicy(d.retentionPolicy(), "0s", d.isDefault())).toList();
    }
  }
}
