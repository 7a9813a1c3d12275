package io.influxcheck.core.diagnosis;

import io.influxcheck.core.probe.ProbeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Findings every check can reach: no answer at all, or an answer that is not InfluxDB's. */
final class CommonFindings {
  private CommonFindings() {
  }

  static void transport(DiagnosisRun run, ProbeResult.TransportFailure failure, List<Evidence> more) {
    List<Evidence> evidence = new ArrayList<>(more);
    evidence.add(failure.evidence());
    String url = run.url;
    switch (failure.kind()) {
      case TIMEOUT:
        run.add(FindingCode.INFLUX_TIMEOUT, "No answer from " + url + " within the time limit",
            "The server accepted nothing or did not finish answering in time (" + failure.detail()
                + "). It may be overloaded, a firewall may drop packets, or the port belongs to something that never answers HTTP.",
            evidence, run.remedies.checkNetwork("Check that InfluxDB is up and answers quickly from Grafana's host."));
        return;
      case TLS:
        run.add(FindingCode.INFLUX_TLS_ERROR, "TLS handshake with " + url + " failed",
            "The TLS handshake failed (" + failure.detail() + "): an https URL on a plain-HTTP port, or a certificate"
                + " the client does not trust or that does not match the host name.",
            evidence, run.remedies.checkNetwork("Use http:// if InfluxDB serves plain HTTP, or install a certificate"
                + " Grafana trusts (jsonData.tlsSkipVerify: true only as a stop-gap)."));
        return;
      case DNS:
        run.add(FindingCode.INFLUX_UNREACHABLE, "Host of " + url + " does not resolve",
            "The host name does not resolve (" + failure.detail() + ").", evidence,
            run.remedies.checkNetwork("Fix the host name in the data source URL."));
        return;
      case REFUSED:
      case IO:
      default:
        run.add(FindingCode.INFLUX_UNREACHABLE, "Cannot connect to " + url,
            "Nothing answered HTTP at that address (" + failure.detail() + "): InfluxDB is down, listens on another"
                + " port, or a firewall blocks it.", evidence,
            run.remedies.checkNetwork("Start InfluxDB or correct the URL's host and port."));
    }
  }

  /** Adds INFLUX_UNEXPECTED_RESPONSE when the answer cannot be InfluxDB's; returns whether it did. */
  static boolean anomaly(DiagnosisRun run, ProbeResult.Answered answer, String what) {
    Optional<String> why = Classifier.anomaly(answer.exchange());
    why.ifPresent(reason -> unexpected(run, answer, what, reason));
    return why.isPresent();
  }

  static void unexpected(DiagnosisRun run, ProbeResult.Answered answer, String what, String why) {
    run.add(FindingCode.INFLUX_UNEXPECTED_RESPONSE,
        what + " got HTTP " + answer.exchange().status() + " that InfluxDB would not send",
        "Unrecognised answer: " + why + ". Grafana cannot work with it either.",
        List.of(answer.evidence()),
        run.remedies.checkNetwork("Point the data source URL straight at InfluxDB (or fix the proxy in front of it),"
            + " then look at the server log for the failing request."));
  }

  /** Handles an answer no rule recognised: never healthy, always INFLUX_UNEXPECTED_RESPONSE. */
  static void unrecognised(DiagnosisRun run, ProbeResult.Answered answer, String what) {
    if (!anomaly(run, answer, what)) {
      unexpected(run, answer, what, "the status and body match no known InfluxDB answer");
    }
  }
}
