package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.ChecklistTracker.CREDENTIALS;
import static io.influxcheck.core.diagnosis.ChecklistTracker.QUERY;
import static io.influxcheck.core.diagnosis.ChecklistTracker.TARGET;

import io.influxcheck.core.probe.HttpExchange;
import io.influxcheck.core.probe.ProbeResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks SQL mode. Grafana speaks FlightSQL (gRPC) to InfluxDB 3; this check sends the same
 * {@code SELECT 1} with the same token over InfluxDB 3's HTTP API ({@code /api/v3/query_sql}), which
 * shares the token check and database lookup. Any server but InfluxDB 3 does not support SQL.
 */
final class SqlChecks {
  private final DiagnosisRun run;

  SqlChecks(DiagnosisRun run) {
    this.run = run;
  }

  void check(ProbeResult replay) {
    ServerKind kind = run.server().kind();
    if (kind == ServerKind.V1 || kind == ServerKind.V2) {
      notSupported(replay);
      return;
    }
    if (replay instanceof ProbeResult.TransportFailure) {
      CommonFindings.transport(run, (ProbeResult.TransportFailure) replay, List.of());
      run.checklist.failed(QUERY, "no answer");
      return;
    }
    ProbeResult.Answered answer = (ProbeResult.Answered) replay;
    HttpExchange exchange = answer.exchange();
    if (exchange.status() == 200 && Classifier.anomaly(exchange).isEmpty() && exchange.body().strip().startsWith("[")) {
      run.checklist.passed(QUERY, "SELECT 1 succeeded");
      run.checklist.passed(CREDENTIALS, "token accepted");
      run.checklist.passed(TARGET, "database " + run.settings.database() + " readable");
      run.add(FindingCode.QUERY_OK, "SELECT 1 succeeds on database " + run.settings.database(),
          "The SQL health query Grafana runs succeeded with the data source's token.", List.of(answer.evidence()), Fix.none());
      return;
    }
    run.checklist.failed(QUERY, exchange.status() + " " + ErrorBody.parse(exchange.body()).humanText());
    Signal signal = Classifier.signal(exchange);
    if (signal == Signal.V3_UNAUTHENTICATED || signal == Signal.V3_AUTH_MALFORMED) {
      ThreeCredentials.rejected(run, answer);
    } else if (signal == Signal.DATABASE_NOT_FOUND || ErrorBody.parse(exchange.body()).says("not found") && exchange.status() != 404) {
      run.checklist.failed(TARGET, "database " + run.settings.database() + " not found");
      run.add(FindingCode.V1_DATABASE_NOT_FOUND, "Database \"" + run.settings.database() + "\" does not exist on InfluxDB 3",
          ErrorBody.parse(exchange.body()).humanText(), List.of(answer.evidence()), run.remedies.setDatabase(""));
    } else if (signal == Signal.NO_SUCH_ROUTE && kind == ServerKind.UNKNOWN) {
      notSupported(replay);
    } else {
      CommonFindings.unrecognised(run, answer, "The SQL query");
    }
  }

  private void notSupported(ProbeResult replay) {
    run.checklist.failed(QUERY, run.server().describe() + " has no SQL");
    List<Evidence> evidence = new ArrayList<>(run.server().evidence());
    evidence.add(replay.evidence());
    boolean two = run.server().kind() == ServerKind.V2;
    run.add(FindingCode.SQL_NOT_SUPPORTED, run.server().describe() + " does not support SQL",
        "SQL (FlightSQL) is served only by InfluxDB 3; this server is " + run.server().describe() + ".",
        evidence, two ? run.remedies.switchToFlux("Switch the data source to Flux (or InfluxQL with a DBRP mapping).")
            : run.remedies.switchToInfluxql("Switch the data source to InfluxQL."));
  }
}
