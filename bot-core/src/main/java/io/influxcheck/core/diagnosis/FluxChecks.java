package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.ChecklistTracker.CREDENTIALS;
import static io.influxcheck.core.diagnosis.ChecklistTracker.ORGANIZATION;
import static io.influxcheck.core.diagnosis.ChecklistTracker.QUERY;
import static io.influxcheck.core.diagnosis.ChecklistTracker.TARGET;

import io.influxcheck.core.probe.HttpExchange;
import io.influxcheck.core.probe.ProbeRequest;
import io.influxcheck.core.probe.ProbeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explains the answer to Grafana's Flux health query ({@code buckets()} on {@code /api/v2/query}):
 * token, organization, bucket, and whether the server speaks Flux at all.
 */
final class FluxChecks {
  private final DiagnosisRun run;
  private final FluxBucketChecks buckets;

  FluxChecks(DiagnosisRun run) {
    this.run = run;
    this.buckets = new FluxBucketChecks(run);
  }

  void check(ProbeResult replay) {
    Detection server = run.server();
    if (server.kind() == ServerKind.V3) {
      fluxOnThree(replay);
      return;
    }
    if (replay instanceof ProbeResult.TransportFailure) {
      CommonFindings.transport(run, (ProbeResult.TransportFailure) replay, List.of());
      run.checklist.failed(QUERY, "no answer: " + ((ProbeResult.TransportFailure) replay).kind());
      return;
    }
    ProbeResult.Answered answer = (ProbeResult.Answered) replay;
    HttpExchange exchange = answer.exchange();
    if (exchange.status() == 200) {
      succeeded(answer);
      return;
    }
    String status = exchange.status() + " " + ErrorBody.parse(exchange.body()).humanText();
    run.checklist.failed(QUERY, status);
    switch (Classifier.signal(exchange)) {
      case V2_UNAUTHORIZED_ACCESS:
        tokenRejected(answer);
        break;
      case V2_TOKEN_INACTIVE:
      case V2_USER_INACTIVE:
        run.checklist.failed(CREDENTIALS, "token or its user is inactive");
        run.add(FindingCode.TOKEN_INACTIVE, "The API token (or its user) is inactive",
            "InfluxDB knows the token but it is disabled (" + ErrorBody.parse(exchange.body()).humanText() + ").",
            List.of(answer.evidence()), run.remedies.activateToken());
        break;
      case V2_PERMISSION_DENIED:
        run.checklist.passed(CREDENTIALS, "token accepted");
        run.checklist.failed(TARGET, "permission denied");
        run.add(FindingCode.TOKEN_NO_READ_PERMISSION, "The token is not allowed to run this query",
            "The token is valid but lacks a permission the query needs (" + ErrorBody.parse(exchange.body()).humanText() + ").",
            List.of(answer.evidence()), run.remedies.newReadToken("Create a token with read access and use it.", "", ""));
        break;
      case V2_ORG_NOT_FOUND:
        run.checklist.passed(CREDENTIALS, "token accepted");
        buckets.organizationNotFound(answer);
        break;
      case V2_ORG_REQUIRED:
        run.checklist.failed(ORGANIZATION, "no organization sent");
        run.add(FindingCode.ORG_MISSING, "InfluxDB needs an organization for Flux queries",
            "The query carried no org parameter.", List.of(answer.evidence()), run.remedies.setOrganization(""));
        break;
      case V2_BUCKET_NOT_FOUND:
        run.checklist.passed(CREDENTIALS, "token accepted");
        buckets.bucketUnavailable(List.of(answer.evidence()), "", List.of());
        break;
      case V1_FLUX_DISABLED:
        run.add(FindingCode.FLUX_DISABLED, "Flux is switched off on " + server.describe(),
            "InfluxDB 1.8 serves /api/v2/query only with flux-enabled = true in its [http] section; it answered 403.",
            List.of(answer.evidence()), run.remedies.enableFlux());
        break;
      case V1_NO_CREDENTIALS:
      case V1_USERNAME_REQUIRED:
      case V1_AUTHORIZATION_FAILED:
        fluxCredentialsOnOne(answer);
        break;
      case V1_NOT_AUTHORIZED:
        run.checklist.failed(TARGET, "user lacks READ");
        run.add(FindingCode.V1_NO_READ_PERMISSION, "The InfluxDB 1.8 user cannot read the database",
            ErrorBody.parse(exchange.body()).humanText(), List.of(answer.evidence()), run.remedies.grantRead());
        break;
      case NO_SUCH_ROUTE:
        noFluxEndpoint(answer, server);
        break;
      default:
        CommonFindings.unrecognised(run, answer, "Grafana's Flux query");
    }
  }

  private void succeeded(ProbeResult.Answered answer) {
    Optional<FluxCsv> csv = FluxCsv.parse(answer.exchange().body());
    if (CommonFindings.anomaly(run, answer, "Grafana's Flux query") || csv.isEmpty() || !csv.get().error().isEmpty()) {
      if (!run.has(FindingCode.INFLUX_UNEXPECTED_RESPONSE)) {
        String why = csv.isPresent() ? "the query failed in-band: " + csv.get().error() : "the body is not Flux annotated CSV";
        CommonFindings.unexpected(run, answer, "Grafana's Flux query", why);
      }
      run.checklist.failed(ChecklistTracker.QUERY, "unrecognised answer");
      return;
    }
    // 1.8 with auth-enabled = false accepts any token for Flux too: a deliberately wrong password proves it.
    Prober.Pending authProbe = run.server().kind() == ServerKind.V1 ? run.prober.start(V1AuthProbe.request()) : null;
    List<String> names = csv.get().column("name");
    run.checklist.passed(CREDENTIALS, "token accepted: " + run.credentials.description());
    if (authProbe != null) {
      V1AuthProbe.judge(run, authProbe.result(), answer);
    }
    run.checklist.passed(ORGANIZATION, "organization " + run.settings.organization() + " accepted");
    if (names.isEmpty()) {
      run.checklist.failed(QUERY, "buckets() returned no bucket");
      buckets.noReadableBucket(answer);
      return;
    }
    run.checklist.passed(QUERY, "buckets() returned " + names.size() + " buckets");
    run.add(FindingCode.QUERY_OK, "Grafana's health query returns " + names.size() + " buckets",
        "buckets() as Grafana runs it succeeded; readable buckets: " + Names.list(names) + ".",
        List.of(answer.evidence()), Fix.none());
    String wanted = run.settings.defaultBucket();
    if (wanted.isEmpty()) {
      run.checklist.passed(TARGET, names.size() + " buckets readable (no default bucket set)");
    } else if (names.contains(wanted) || run.server().kind() == ServerKind.V1) {
      run.checklist.passed(TARGET, "bucket " + wanted + " readable");
    } else {
      List<String> orgIds = csv.get().column("organizationID");
      buckets.bucketUnavailable(List.of(answer.evidence()), orgIds.isEmpty() ? "" : orgIds.get(0), names);
    }
  }

  private void tokenRejected(ProbeResult.Answered answer) {
    run.checklist.skipped(ORGANIZATION, "needs a valid token");
    run.checklist.skipped(TARGET, "needs a valid token");
    if (!run.credentials.isPresent()) {
      run.checklist.failed(CREDENTIALS, "no token configured");
      run.add(FindingCode.TOKEN_MISSING, "No API token: Grafana sends no Authorization header",
          "secureJsonData.token is empty, so InfluxDB 2.x answers 401 unauthorized access.",
          List.of(run.setting("secureJsonData.token is empty"), answer.evidence()), run.remedies.setToken());
      return;
    }
    run.checklist.failed(CREDENTIALS, "token rejected: " + run.credentials.description());
    String scheme = run.credentials.source() == GrafanaCredentials.Source.CUSTOM_HEADER
        ? " The custom Authorization header overrides the token setting; InfluxDB 2.x accepts only 'Token <token>' (and 'Bearer <token>' from 2.1) there."
        : "";
    run.add(FindingCode.TOKEN_INVALID, "InfluxDB rejected the token (401 unauthorized access)",
        "InfluxDB does not know this token: it was mistyped, deleted, or belongs to another InfluxDB instance." + scheme,
        List.of(answer.evidence()), run.remedies.replaceToken("Set a valid token in the data source."));
  }

  private void fluxCredentialsOnOne(ProbeResult.Answered answer) {
    run.checklist.failed(CREDENTIALS, "InfluxDB 1.8 rejected the token");
    String error = ErrorBody.parse(answer.exchange().body()).humanText();
    if (!run.credentials.isPresent()) {
      run.add(FindingCode.V1_CREDENTIALS_MISSING, "InfluxDB 1.8 needs credentials for Flux",
          "Authentication is on and Grafana sends no token (" + error + ").",
          List.of(answer.evidence()), fluxOnOneToken());
      return;
    }
    String cause = run.credentials.apiToken().reveal().contains(":")
        ? "InfluxDB 1.8 rejected the username:password in the token (" + error + ")."
        : "InfluxDB 1.8 reads the Flux token as 'username:password'; a 2.x-style API token cannot work (" + error + ").";
    run.add(FindingCode.V1_BAD_CREDENTIALS, "InfluxDB 1.8 rejected the Flux token", cause,
        List.of(answer.evidence()), fluxOnOneToken());
  }

  private Fix fluxOnOneToken() {
    return new Fix("On InfluxDB 1.8 the Flux token is the 1.x user and password joined by a colon.",
        "# " + run.settings.origin() + ": data source \"" + run.settings.name() + "\"\nsecureJsonData:\n  token: "
            + run.remedies.userName() + ":${INFLUX_PASSWORD}\n", "");
  }

  private void noFluxEndpoint(ProbeResult.Answered answer, Detection server) {
    if (server.kind() == ServerKind.V1) {
      List<Evidence> evidence = new ArrayList<>(server.evidence());
      evidence.add(answer.evidence());
      run.add(FindingCode.FLUX_NOT_SUPPORTED, server.describe() + " has no Flux endpoint",
          "Flux needs InfluxDB 1.8 or later (with flux-enabled) or 2.x; this server answered 404 to /api/v2/query.",
          evidence, run.remedies.switchToInfluxql("Query this server with InfluxQL (or upgrade it)."));
      return;
    }
    CommonFindings.unexpected(run, answer, "Grafana's Flux query",
        "the server has no /api/v2/query although it is not an old InfluxDB 1.x: check the URL (path prefix) and any proxy in front of InfluxDB");
  }

  private void fluxOnThree(ProbeResult replay) {
    run.checklist.failed(QUERY, "InfluxDB 3 has no Flux");
    List<Evidence> evidence = new ArrayList<>(run.server().evidence());
    evidence.add(replay.evidence());
    run.add(FindingCode.FLUX_NOT_SUPPORTED, run.server().describe() + " does not support Flux",
        "InfluxDB 3 has no Flux engine; /api/v2/query is not routed. Query it with SQL (or InfluxQL).",
        evidence, run.remedies.switchToSql("Switch the data source to SQL."));
    if (replay instanceof ProbeResult.Answered
        && Classifier.signal(((ProbeResult.Answered) replay).exchange()) == Signal.V3_UNAUTHENTICATED) {
      ThreeCredentials.rejected(run, (ProbeResult.Answered) replay);
    }
  }

  /** Probes for a token's view of the 2.x API, with Grafana's credentials. */
  static ProbeRequest bucketsNamed(DiagnosisRun run, String organization, String bucket) {
    return run.withGrafanaCredentials(ProbeRequest.get("/api/v2/buckets").withQuery("org", organization).withQuery("name", bucket));
  }
}
