package io.influxcheck.lab.influx;

import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import java.util.List;
import java.util.Optional;

/** {@code serveQuery} of InfluxDB 1.x: parse, authorize (403 with the statement), execute; and 1.8's Flux endpoint. */
final class Influx1Query {
  private final Influx1State state;

  Influx1Query(Influx1State state) {
    this.state = state;
  }

  SimResponse influxQl(SimRequest request, Optional<Influx1User> user) {
    Optional<String> q = request.param("q").filter(s -> !s.isBlank());
    if (q.isEmpty()) {
      return Influx1Simulator.error(400, "missing required parameter \"q\"");
    }
    List<InfluxQlStatement> statements;
    try {
      statements = InfluxQlParser.parse(q.get());
    } catch (InfluxQlParser.ParseException e) {
      return Influx1Simulator.error(400, e.getMessage());
    }
    String db = request.param("db").orElse("");
    if (state.authEnabled()) {
      Optional<String> denied = authorize(user, statements, db);
      if (denied.isPresent()) {
        return Influx1Simulator.error(403, "error authorizing query: " + denied.get());
      }
    }
    InfluxQlCatalog catalog = new Catalog(user);
    String body = InfluxQlEngine.execute(statements, db, request.param("rp").orElse(""), request.param("epoch").orElse(null), catalog);
    return SimResponse.of(200, Influx1Simulator.JSON, body);
  }

  /** {@code meta.QueryAuthorizer.AuthorizeQuery}: the {@code ErrAuthorize} text, or empty when allowed. */
  private Optional<String> authorize(Optional<Influx1User> user, List<InfluxQlStatement> statements, String db) {
    if (state.userCount() == 0) {
      return Optional.of("create admin user first or disable authentication");
    }
    if (user.isEmpty()) {
      return Optional.of("no user provided");
    }
    Influx1User u = user.get();
    if (u.admin()) {
      return Optional.empty();
    }
    for (InfluxQlStatement st : statements) {
      if (st instanceof InfluxQlStatement.AdminOnly) {
        return Optional.of(u.name() + " not authorized to execute statement '" + st.canonical() + "', requires admin privilege");
      }
      if (!st.needsRead()) {
        continue;
      }
      String target = st.explicitDatabase() != null ? st.explicitDatabase() : db;
      if (!u.mayAccess(Influx1Privilege.READ, target)) {
        return Optional.of(u.name() + " not authorized to execute statement '" + st.canonical() + "', requires READ on " + target);
      }
    }
    return Optional.empty();
  }

  /**
   * 1.8 Flux (flux-enabled): buckets are {@code db/rp} (or {@code db}); the org is ignored. Error shapes for a
   * missing bucket are not pinned by the research (UNCONFIRMED), so they follow the 1.x error format.
   */
  SimResponse flux(SimRequest request) {
    String text = request.bodyText();
    try {
      com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
      if (json != null && json.has("query")) {
        text = json.path("query").asText();
      }
    } catch (java.io.IOException e) {
      // a raw Flux body (application/vnd.flux)
    }
    FluxScript script = FluxScript.parse(text, FluxEvaluator.now());
    for (String bucket : script.bucketsReferenced()) {
      if (state.points(databaseOf(bucket)).isEmpty()) {
        return Influx1Simulator.error(500, "failed to initialize execute state: could not find bucket \"" + bucket + "\"");
      }
    }
    List<AnnotatedCsv.Table> tables;
    switch (script.source()) {
      case BUCKETS -> tables = FluxEvaluator.buckets(script, state.databases().stream()
          .map(d -> new V2Bucket(d + "/autogen", "", d + "/autogen", false, 0, "", java.time.Instant.EPOCH)).toList());
      case FROM -> tables = FluxEvaluator.from(script, state.points(databaseOf(script.bucketsReferenced().get(0))).orElseThrow());
      case SCHEMA_MEASUREMENTS -> tables = FluxEvaluator.measurements(state.points(databaseOf(script.bucketsReferenced().get(0))).orElseThrow());
      default -> {
        return Influx1Simulator.error(400, "this Flux script returns no streaming data");
      }
    }
    return SimResponse.of(200, AnnotatedCsv.CONTENT_TYPE, AnnotatedCsv.write(script.resultName(), tables));
  }

  private static String databaseOf(String bucket) {
    int slash = bucket.indexOf('/');
    return slash < 0 ? bucket : bucket.substring(0, slash);
  }

  private final class Catalog implements InfluxQlCatalog {
    private final Optional<Influx1User> user;

    Catalog(Optional<Influx1User> user) {
      this.user = user;
    }

    @Override
    public List<String> databases() {
      return state.databases().stream()
          .filter(d -> !state.authEnabled() || user.isEmpty() || user.get().mayAccess(Influx1Privilege.READ, d) || user.get().mayAccess(Influx1Privilege.WRITE, d))
          .toList();
    }

    @Override
    public Optional<List<Point>> points(String database, String retentionPolicy) {
      if (retentionPolicy != null && !retentionPolicy.isEmpty() && !retentionPolicy.equals("autogen")) {
        return Optional.empty();
      }
      return state.points(database);
    }

    @Override
    public List<RetentionPolicy> retentionPolicies(String database) {
      return List.of(new RetentionPolicy("autogen", "0s", true));
    }
  }
}
