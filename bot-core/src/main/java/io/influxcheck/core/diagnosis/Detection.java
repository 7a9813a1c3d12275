package io.influxcheck.core.diagnosis;

import io.influxcheck.core.probe.FailureKind;
import io.influxcheck.core.report.ServerInfo;
import java.util.List;
import java.util.Objects;

/**
 * What server detection established.
 *
 * @param reachable whether any detection probe got an HTTP answer
 * @param failure the transport failure when nothing answered, else {@code null}
 * @param kind generation, UNKNOWN when the answers did not identify InfluxDB
 * @param info product and version for the report
 * @param evidence the detection requests
 */
record Detection(boolean reachable, FailureKind failure, ServerKind kind, ServerInfo info, List<Evidence> evidence) {
  Detection {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(info, "info is null");
    evidence = List.copyOf(evidence);
  }

  boolean isIdentified() {
    return kind != ServerKind.UNKNOWN;
  }


  String describe() {
    if (!info.isKnown()) {
      return kind.label();
    }
    return info.version().isEmpty() ? info.product() : info.product() + " " + info.version();
  }
}
