package io.influxcheck.core.diagnosis;

import io.influxcheck.core.probe.ProbeResult;
import java.util.List;

/** The token finding for InfluxDB 3's {@code 401 the request was not authenticated}. */
final class ThreeCredentials {
  private ThreeCredentials() {
  }

  static void rejected(DiagnosisRun run, ProbeResult.Answered answer) {
    run.checklist.failed(ChecklistTracker.CREDENTIALS, "InfluxDB 3 rejected the credentials");
    if (!run.credentials.isPresent()) {
      run.add(FindingCode.TOKEN_MISSING, "No token: InfluxDB 3 requires one",
          "InfluxDB 3 authenticates every request with a token and Grafana sends none.",
          List.of(answer.evidence()), run.remedies.switchToSql("Set a token (SQL mode: secureJsonData.token)."));
      return;
    }
    run.add(FindingCode.TOKEN_INVALID, "InfluxDB 3 rejected the token",
        "InfluxDB 3 does not know the credential Grafana sends (" + run.credentials.description()
            + "); for InfluxQL the password must be an InfluxDB 3 token.",
        List.of(answer.evidence()), run.remedies.switchToSql("Use a valid InfluxDB 3 token."));
  }
}
