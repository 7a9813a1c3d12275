package io.influxcheck.core.diagnosis;

import io.influxcheck.config.Secret;
import io.influxcheck.core.probe.ProbeRequest;
import io.influxcheck.core.probe.ProbeResult;
import io.influxcheck.core.probe.RequestHeader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Proves whether InfluxDB 1.x checks credentials at all: {@code SHOW DATABASES} with a user and a
 * random password that cannot be right. 200 means authentication is off (any credentials "work");
 * 401 means it is on.
 */
final class V1AuthProbe {
  static final String PROBE_USER = "influx-check-wrong-user";
  private static final SecureRandom RANDOM = new SecureRandom();

  private V1AuthProbe() {
  }

  static ProbeRequest request() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    String wrong = PROBE_USER + ":" + HexFormat.of().formatHex(bytes);
    String basic = "Basic " + Base64.getEncoder().encodeToString(wrong.getBytes(StandardCharsets.UTF_8));
    return ProbeRequest.get("/query").withQuery("q", "SHOW DATABASES")
        .withHeaders(List.of(new RequestHeader("Authorization", Secret.of(basic))),
            "Basic user=" + PROBE_USER + " password (random, deliberately wrong)");
  }

  static void judge(DiagnosisRun run, ProbeResult wrong, ProbeResult.Answered replay) {
    if (wrong instanceof ProbeResult.Answered && InfluxqlDatabaseChecks.isOk(((ProbeResult.Answered) wrong).exchange())) {
      run.checklist.warned(ChecklistTracker.CREDENTIALS, "authentication is off: any credentials are accepted");
      run.add(FindingCode.V1_AUTH_DISABLED, "InfluxDB does not check credentials (auth-enabled = false)",
          "A random, deliberately wrong password was accepted, so InfluxDB authenticates nobody. The data source works, but"
              + " its user and password are never checked and will fail the day authentication is turned on.",
          List.of(replay.evidence(), wrong.evidence()), run.remedies.enableV1Auth());
      return;
    }
    run.checklist.settle(ChecklistTracker.CREDENTIALS, io.influxcheck.core.report.CheckStatus.PASSED,
        "credentials accepted: " + run.credentials.description());
  }
}
