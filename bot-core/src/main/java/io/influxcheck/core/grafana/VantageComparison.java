package io.influxcheck.core.grafana;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.diagnosis.RootCause;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import java.util.List;
import java.util.Optional;

/**
 * Compares Grafana's answer with the direct diagnosis made with the bot's own credentials. When the
 * bot reads the data but Grafana's stored secret is rejected, the fix is Grafana's
 * {@code secureJsonData}, not InfluxDB.
 */
public final class VantageComparison {
  private VantageComparison() { }

  public static Optional<Finding> compare(DataSourceSettings live, String link, HealthSnapshot grafana,
      GrafanaExchange healthExchange, String auth, Report direct) {
    String edit = link.isEmpty() ? "the data source in Grafana" : link;
    if (direct.verdict() == Verdict.HEALTHY && grafana.status() == HealthStatus.ERROR) {
      FindingCode cause = grafana.cause();
      boolean secretRejected = cause != null && (cause.rootCause() == RootCause.BAD_TOKEN
          || cause.rootCause() == RootCause.V1_CREDENTIALS || cause.rootCause() == RootCause.MISSING_PERMISSION
          || cause == FindingCode.INFLUXQL_AUTH_ON_V2);
      String secret = live.queryLanguage() == io.influxcheck.config.QueryLanguage.INFLUXQL ? "password" : "token";
      String title = secretRejected
          ? "The bot's credentials work directly, but Grafana's stored " + secret + " is rejected"
          : "InfluxDB answers the bot directly, but Grafana's health check fails";
      String because = "Direct check: healthy. Grafana: \"" + grafana.message().strip() + "\""
          + (cause == null ? "" : " (" + cause.name() + ")") + ".";
      Fix fix = secretRejected
          ? new Fix("InfluxDB is fine: update the " + secret + " Grafana stores for this data source (" + edit
              + ", or secureJsonData." + secret + " in its provisioning file) to a working one, then re-test.",
              "secureJsonData:\n  " + secret + ": ${INFLUX_" + secret.toUpperCase(java.util.Locale.ROOT) + "}", "")
          : Fix.of("Compare Grafana's settings of the data source (" + edit + ") with the bot's direct settings: URL, organization, bucket, database.");
      return Optional.of(Finding.of(FindingCode.VANTAGE_DISAGREEMENT, title, because,
          List.of(healthExchange.evidence(auth)), fix));
    }
    if (direct.verdict() == Verdict.UNHEALTHY && grafana.status() == HealthStatus.OK) {
      String directCodes = String.join(", ", direct.findings().stream()
          .filter(f -> f.severity() == Severity.ERROR).map(f -> f.code().name()).toList());
      return Optional.of(new Finding(FindingCode.VANTAGE_DISAGREEMENT, Severity.WARN,
          "Grafana's health check passes, but the bot's own credentials fail directly",
          "Grafana: \"" + grafana.message().strip() + "\". Direct check: " + (directCodes.isEmpty() ? "unhealthy" : directCodes) + ".",
          List.of(healthExchange.evidence(auth)),
          Fix.of("The data source works in Grafana; fix the bot's direct credentials for it in influx-check.yaml (datasources:)."),
          FindingCode.VANTAGE_DISAGREEMENT.anchor()));
    }
    return Optional.empty();
  }
}
