package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.ChecklistTracker.QUERY;
import static io.influxcheck.core.diagnosis.ChecklistTracker.TARGET;

import io.influxcheck.config.Secret;
import io.influxcheck.core.probe.HttpExchange;
import io.influxcheck.core.probe.ProbeRequest;
import io.influxcheck.core.probe.ProbeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells an empty database from a missing one. {@code SHOW MEASUREMENTS} answers 200 with no rows for
 * both on 1.x and for an unmapped database on 2.x, so a {@code SELECT} on a measurement that cannot
 * exist is sent: it answers {@code database not found: <db>} only when the database is missing.
 * {@code SHOW DATABASES} (1.x) or the bucket list (2.x, when a token is known) names the alternatives.
 */
final class InfluxqlDatabaseChecks {
  static final String PROBE_SELECT = "SELECT * FROM \"influx_check_probe\" LIMIT 1";
  private final DiagnosisRun run;

  InfluxqlDatabaseChecks(DiagnosisRun run) {
    this.run = run;
  }

  void noMeasurements(ProbeResult.Answered replay) {
    Prober.Pending select = run.prober.start(run.withGrafanaCredentials(GrafanaQueryReplay.influxql(run.settings, PROBE_SELECT)));
    ProbeResult result = select.result();
    Optional<InfluxqlResult> parsed = result instanceof ProbeResult.Answered
        ? InfluxqlResult.parse(((ProbeResult.Answered) result).exchange().body()) : Optional.empty();
    if (parsed.isPresent() && !Classifier.missingDatabase(parsed.get().error()).isEmpty()) {
      missing(List.of(replay.evidence(), result.evidence()), run.settings.database());
      return;
    }
    if (parsed.isPresent() && parsed.get().error().isEmpty()) {
      run.checklist.passed(QUERY, "0 measurements");
      run.checklist.warned(TARGET, "database " + run.settings.database() + " exists but holds no measurement");
      run.add(FindingCode.QUERY_OK, "Grafana's health query succeeds; database " + run.settings.database() + " is empty",
          "SHOW MEASUREMENTS returned no measurement and a SELECT confirms the database exists: nothing has been written to it yet.",
          List.of(replay.evidence(), result.evidence()), Fix.none());
      return;
    }
    run.checklist.warned(QUERY, "0 measurements; could not confirm the database");
    run.checklist.failed(TARGET, "could not confirm database " + run.settings.database());
    if (result instanceof ProbeResult.Answered) {
      CommonFindings.unrecognised(run, (ProbeResult.Answered) result, "The database check (SELECT)");
    } else {
      CommonFindings.transport(run, (ProbeResult.TransportFailure) result, List.of(replay.evidence()));
    }
  }

  void missing(List<Evidence> context, String reported) {
    String database = reported.isEmpty() ? run.settings.database() : reported;
    run.checklist.settle(QUERY, io.influxcheck.core.report.CheckStatus.WARNED, "database " + database + " not found");
    if (run.settings.database().isEmpty()) {
      run.checklist.failed(TARGET, "no database configured");
      run.add(FindingCode.V1_DATABASE_NOT_FOUND, "No database configured",
          "jsonData.dbName (and database) are empty, so InfluxDB answers 'database name required'.",
          withSetting(context, "jsonData.dbName is empty"), run.remedies.setDatabase(""));
      return;
    }
    if (run.server().kind() == ServerKind.V2) {
      dbrpMissing(context, database);
      return;
    }
    List<Evidence> evidence = new ArrayList<>(context);
    List<String> names = List.of();
    if (run.server().kind() == ServerKind.V1) {
      ProbeResult show = run.prober.send(run.withGrafanaCredentials(showDatabases()));
      evidence.add(show.evidence());
      names = show instanceof ProbeResult.Answered
          ? InfluxqlResult.parse(((ProbeResult.Answered) show).exchange().body()).map(InfluxqlResult::values).orElse(List.of())
          : List.of();
    }
    String suggestion = Names.closest(database, names);
    run.checklist.failed(TARGET, "database " + database + " does not exist");
    run.add(FindingCode.V1_DATABASE_NOT_FOUND, "Database \"" + database + "\" does not exist",
        "InfluxDB answers 'database not found' for \"" + database + "\"; Grafana's SHOW MEASUREMENTS still 'works' with 0"
            + " measurements, which hides it." + (names.isEmpty() ? "" : " Databases visible to this user: " + Names.list(names) + ".")
            + (suggestion.isEmpty() ? "" : " Did you mean \"" + suggestion + "\"?"),
        evidence, run.remedies.setDatabase(suggestion));
  }

  private void dbrpMissing(List<Evidence> context, String database) {
    List<Evidence> evidence = new ArrayList<>(context);
    Secret token = run.credentials.apiToken().isEmpty() ? run.settings.token() : run.credentials.apiToken();
    String bucketId = "";
    String orgId = "";
    String readable = "";
    if (!token.isEmpty()) {
      ProbeResult list = run.prober.send(GrafanaQueryReplay.withToken(ProbeRequest.get("/api/v2/buckets").withQuery("limit", "100"), token));
      evidence.add(list.evidence());
      Optional<BucketList> buckets = list instanceof ProbeResult.Answered && ((ProbeResult.Answered) list).exchange().status() == 200
          ? BucketList.parse(((ProbeResult.Answered) list).exchange().body(), "buckets") : Optional.empty();
      if (buckets.isPresent()) {
        readable = " Buckets the token can read: " + Names.list(buckets.get().names()) + ".";
        Optional<BucketList.Item> same = buckets.get().named(database);
        if (same.isPresent()) {
          bucketId = same.get().id();
          orgId = same.get().orgId();
        }
      }
    }
    run.checklist.failed(TARGET, "database " + database + " not mapped to a readable bucket");
    run.add(FindingCode.DBRP_MISSING, "Database \"" + database + "\" is not mapped to a bucket the credentials can read",
        "InfluxDB 2.x serves InfluxQL through DBRP mappings (database/retention policy -> bucket). There is no mapping for \""
            + database + "\" that these credentials may read, so SELECTs fail with 'database not found' and SHOW MEASUREMENTS"
            + " returns nothing." + readable,
        evidence, run.remedies.createDbrp(orgId, bucketId));
  }

  private List<Evidence> withSetting(List<Evidence> context, String observation) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(run.setting(observation));
    evidence.addAll(context);
    return evidence;
  }

  private ProbeRequest showDatabases() {
    return ProbeRequest.get("/query").withQuery("epoch", "ms").withQuery("q", "SHOW DATABASES");
  }

  static boolean isOk(HttpExchange exchange) {
    return exchange.status() == 200 && InfluxqlResult.parse(exchange.body()).map(r -> r.error().isEmpty()).orElse(false);
  }
}
