package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.ChecklistTracker.CREDENTIALS;
import static io.influxcheck.core.diagnosis.ChecklistTracker.QUERY;
import static io.influxcheck.core.diagnosis.ChecklistTracker.TARGET;

import io.influxcheck.core.probe.HttpExchange;
import io.influxcheck.core.probe.ProbeResult;
import java.util.List;
import java.util.Optional;

/**
 * Explains the answer to Grafana's InfluxQL health query ({@code SHOW MEASUREMENTS} on {@code /query}):
 * 1.x users and databases, 2.x v1-compatibility auth and DBRP mappings, 3.x tokens.
 */
final class InfluxqlChecks {
  private final DiagnosisRun run;
  private final InfluxqlDatabaseChecks databases;

  InfluxqlChecks(DiagnosisRun run) {
    this.run = run;
    this.databases = new InfluxqlDatabaseChecks(run);
  }

  void check(ProbeResult replay) {
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
    String error = ErrorBody.parse(exchange.body()).humanText();
    run.checklist.failed(QUERY, exchange.status() + " " + error);
    Signal signal = Classifier.signal(exchange);
    switch (signal) {
      case V1_AUTHORIZATION_FAILED:
      case V1_BEARER_DISABLED:
        badV1Credentials(answer, "InfluxDB rejected user \"" + run.remedies.userName() + "\" or its password (" + error + ").");
        break;
      case V1_NO_CREDENTIALS:
      case V1_USERNAME_REQUIRED:
        if (run.credentials.isPresent()) {
          badV1Credentials(answer, "InfluxDB 1.x could not use the credentials Grafana sends (" + run.credentials.description()
              + "): it takes HTTP Basic or 'Token user:password', not a 2.x API token (" + error + ").");
        } else {
          missingV1Credentials(answer, "InfluxDB 1.x has authentication on and Grafana sends no user (" + error + ").");
        }
        break;
      case V1_NO_ADMIN_USER:
        badV1Credentials(answer, "InfluxDB has auth-enabled = true but no user exists yet, so it refuses every query (" + error + ").");
        break;
      case V1_NOT_AUTHORIZED:
        run.checklist.passed(CREDENTIALS, "user " + run.remedies.userName() + " authenticated");
        run.checklist.failed(TARGET, "user lacks READ on " + run.settings.database());
        run.add(FindingCode.V1_NO_READ_PERMISSION, "User \"" + run.remedies.userName() + "\" cannot read " + run.settings.database(),
            "The password is right but the user has no READ privilege on the database (" + error + ").",
            List.of(answer.evidence()), run.remedies.grantRead());
        break;
      case V2_COMPAT_UNAUTHORIZED:
        compatUnauthorized(answer);
        break;
      case V2_UNAUTHORIZED_ACCESS:
        v2WithoutUsableCredentials(answer);
        break;
      case V2_TOKEN_INACTIVE:
        run.checklist.failed(CREDENTIALS, "token is inactive");
        run.add(FindingCode.TOKEN_INACTIVE, "The token used for InfluxQL is disabled", error,
            List.of(answer.evidence()), run.remedies.activateToken());
        break;
      case V2_PERMISSION_DENIED:
      case V3_FORBIDDEN:
        run.checklist.passed(CREDENTIALS, "credentials accepted");
        run.checklist.failed(TARGET, "not allowed to read");
        run.add(FindingCode.TOKEN_NO_READ_PERMISSION, "The credentials may not read " + run.settings.database(),
            "InfluxDB accepted the credentials but refused the read (" + error + ").", List.of(answer.evidence()),
            run.remedies.newReadToken("Use credentials with read access to the database's bucket.", "", ""));
        break;
      case V3_UNAUTHENTICATED:
      case V3_AUTH_MALFORMED:
        ThreeCredentials.rejected(run, answer);
        break;
      case DATABASE_NOT_FOUND:
        run.checklist.passed(CREDENTIALS, "credentials accepted");
        databases.missing(List.of(answer.evidence()), Classifier.missingDatabase(error));
        break;
      default:
        CommonFindings.unrecognised(run, answer, "Grafana's InfluxQL query");
    }
  }

  private void succeeded(ProbeResult.Answered answer) {
    Optional<InfluxqlResult> result = InfluxqlResult.parse(answer.exchange().body());
    if (CommonFindings.anomaly(run, answer, "Grafana's InfluxQL query") || result.isEmpty()) {
      if (!run.has(FindingCode.INFLUX_UNEXPECTED_RESPONSE)) {
        CommonFindings.unexpected(run, answer, "Grafana's InfluxQL query", "the body is not an InfluxQL results document");
      }
      run.checklist.failed(QUERY, "unrecognised answer");
      return;
    }
    Prober.Pending authProbe = run.server().kind() == ServerKind.V1 ? run.prober.start(V1AuthProbe.request()) : null;
    String error = result.get().error();
    if (!error.isEmpty()) {
      run.checklist.failed(QUERY, error);
      if (Classifier.missingDatabase(error).isEmpty() && !error.contains("database name required")) {
        CommonFindings.unexpected(run, answer, "Grafana's InfluxQL query", "the statement failed: " + error);
      } else {
        databases.missing(List.of(answer.evidence()), run.settings.database());
      }
    } else {
      List<String> measurements = result.get().values();
      if (measurements.isEmpty()) {
        databases.noMeasurements(answer);
      } else {
        run.checklist.passed(QUERY, measurements.size() + " measurements");
        run.checklist.passed(TARGET, "database " + run.settings.database() + " readable");
        run.add(FindingCode.QUERY_OK, "Grafana's health query returns " + measurements.size() + " measurements",
            "SHOW MEASUREMENTS as Grafana runs it succeeded: " + Names.list(measurements) + ".",
            List.of(answer.evidence()), Fix.none());
      }
    }
    if (authProbe != null) {
      V1AuthProbe.judge(run, authProbe.result(), answer);
    } else {
      run.checklist.settle(CREDENTIALS, io.influxcheck.core.report.CheckStatus.PASSED, "credentials accepted: " + run.credentials.description());
    }
  }

  private void badV1Credentials(ProbeResult.Answered answer, String cause) {
    run.checklist.failed(CREDENTIALS, "rejected: " + run.credentials.description());
    run.checklist.skipped(TARGET, "needs valid credentials");
    run.add(FindingCode.V1_BAD_CREDENTIALS, "InfluxDB rejected the data source's user or password", cause,
        List.of(answer.evidence()), run.remedies.v1Credentials("Set the right user and password (or reset the password)."));
  }

  private void missingV1Credentials(ProbeResult.Answered answer, String cause) {
    run.checklist.failed(CREDENTIALS, "no credentials configured");
    run.checklist.skipped(TARGET, "needs credentials");
    run.add(FindingCode.V1_CREDENTIALS_MISSING, "No InfluxDB user/password configured", cause,
        List.of(run.setting("user, basicAuthUser and their passwords are empty"), answer.evidence()),
        run.remedies.v1Credentials("Configure the InfluxDB user and password Grafana should use."));
  }

  private void compatUnauthorized(ProbeResult.Answered answer) {
    run.checklist.failed(CREDENTIALS, "rejected by InfluxDB 2.x: " + run.credentials.description());
    run.checklist.skipped(TARGET, "needs valid credentials");
    if (!run.credentials.apiToken().isEmpty()) {
      run.add(FindingCode.TOKEN_INVALID, "InfluxDB 2.x rejected the token in the Authorization header",
          "The custom Authorization header carries a token InfluxDB does not know (or a disabled one).",
          List.of(answer.evidence()), run.remedies.replaceToken("Put a valid token in the custom header (httpHeaderValue: Token ${INFLUX_TOKEN})."));
      return;
    }
    run.add(FindingCode.INFLUXQL_AUTH_ON_V2, "InfluxDB 2.x rejected the InfluxQL user/password",
        "The server is InfluxDB 2.x: on /query it accepts only a v1-compatible user (influx v1 auth) or an API token as the"
            + " password. An ordinary 2.x login, a 1.x user left over from an upgrade, or a wrong v1 password all get"
            + " 401 {\"code\":\"unauthorized\",\"message\":\"Unauthorized\"}.",
        List.of(answer.evidence()), run.remedies.v1AuthOnV2("", ""));
  }

  private void v2WithoutUsableCredentials(ProbeResult.Answered answer) {
    run.checklist.skipped(TARGET, "needs credentials");
    if (!run.credentials.isPresent()) {
      run.checklist.failed(CREDENTIALS, "no credentials configured");
      run.add(FindingCode.V1_CREDENTIALS_MISSING, "No credentials: InfluxDB 2.x needs a v1 user or a token for InfluxQL",
          "Grafana sends no Authorization header and InfluxDB 2.x answers 401 unauthorized access.",
          List.of(run.setting("user, basicAuthUser and custom Authorization header are empty"), answer.evidence()),
          run.remedies.v1AuthOnV2("", ""));
      return;
    }
    run.checklist.failed(CREDENTIALS, "scheme not accepted: " + run.credentials.description());
    run.add(FindingCode.TOKEN_INVALID, "InfluxDB 2.x could not read the credentials on /query",
        "On /query InfluxDB 2.x accepts 'Authorization: Token <token>' (exact case) or Basic auth; 'Bearer' and other"
            + " schemes get 401 unauthorized access (sent: " + run.credentials.description() + ").",
        List.of(answer.evidence()), run.remedies.v1AuthOnV2("", ""));
  }
}
