package io.influxcheck.core.grafana;

import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.report.ServerInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration checks of a provisioning file, applied to the settings Grafana is actually using
 * ({@code GET /api/datasources/uid/:uid}): a language the server cannot speak, a missing organization,
 * {@code secureJsonFields} without the secret the mode needs, and secrets in plain {@code jsonData}.
 */
public final class LiveSettingsCheck {
  private LiveSettingsCheck() { }

  /**
   * @param server the detected InfluxDB, or unknown
   * @param grafanaHealthy whether Grafana's health check passed (missing credentials that still work are a warning)
   */
  public static List<Finding> check(DataSourceSettings live, String link, ServerInfo server, boolean grafanaHealthy) {
    List<Finding> findings = new ArrayList<>();
    Evidence where = Evidence.note("grafana", "GET /api/datasources/uid/" + live.uid(), describe(live));
    String edit = link.isEmpty() ? "the data source's settings in Grafana" : link;
    if (!live.rawVersion().isEmpty() && GrafanaDataSourceReader.hasUnknownLanguage(live)) {
      findings.add(Finding.of(FindingCode.QUERY_LANGUAGE_UNKNOWN, "jsonData.version is `" + live.rawVersion() + "`, which Grafana does not know",
          "Grafana accepts InfluxQL, Flux or SQL.", List.of(where), Fix.of("Set Query language in " + edit + ".")));
    }
    if (live.url().isBlank()) {
      findings.add(Finding.of(FindingCode.URL_MISSING, "The data source has no URL", "Grafana sends nothing without a URL.",
          List.of(where), Fix.of("Set URL (e.g. http://influxdb:8086) in " + edit + ".")));
    }
    if (live.queryLanguage() == QueryLanguage.FLUX && live.organization().isBlank()) {
      findings.add(Finding.of(FindingCode.ORG_MISSING, "Flux data source without an organization",
          "Grafana refuses to send Flux queries without jsonData.organization.", List.of(where),
          new Fix("Set Organization in " + edit + ".", "jsonData:\n  organization: <your-org>", "influx org list")));
    }
    boolean authHeader = hasStoredAuthorizationHeader(live);
    if (live.queryLanguage() != QueryLanguage.INFLUXQL && !live.hasStoredSecret("token") && !authHeader) {
      findings.add(Finding.of(FindingCode.TOKEN_MISSING, live.queryLanguage().grafanaName() + " data source has no token stored in Grafana",
          "secureJsonFields has no `token`, so Grafana sends no Authorization header.", List.of(where),
          new Fix("Paste a read token for the bucket into Token in " + edit + ".", "secureJsonData:\n  token: ${INFLUX_TOKEN}", "")));
    }
    if (live.queryLanguage() == QueryLanguage.INFLUXQL && !authHeader && !hasV1Credentials(live)) {
      String title = live.user().isEmpty() && live.basicAuthUser().isEmpty()
          ? "InfluxQL data source has no user and password"
          : "InfluxQL data source has a user but no password stored in Grafana";
      findings.add(new Finding(FindingCode.V1_CREDENTIALS_MISSING, grafanaHealthy ? Severity.WARN : Severity.ERROR, title,
          grafanaHealthy ? "Grafana's health check still passes, so this InfluxDB does not check credentials."
              : "Grafana sends no Basic credentials, so InfluxDB answers 401.",
          List.of(where), new Fix("Set User and Password in " + edit
              + " (for InfluxDB 2.x: any user and a read token as password, or an `influx v1 auth` user).",
              "user: <v1-user>\nsecureJsonData:\n  password: ${INFLUX_PASSWORD}", ""), FindingCode.V1_CREDENTIALS_MISSING.anchor()));
    }
    if (!live.secretsInJsonData().isEmpty()) {
      findings.add(Finding.of(FindingCode.SECRET_IN_JSONDATA, "Secret in plain jsonData: " + String.join(", ", live.secretsInJsonData()),
          "jsonData is returned to every user who can read the data source; Grafana never sends it as a credential.",
          List.of(where), Fix.of("Move the value into secureJsonData in " + edit + " and remove it from jsonData.")));
    }
    languageAgainstServer(live, server, where, edit).ifPresent(findings::add);
    return findings;
  }

  private static java.util.Optional<Finding> languageAgainstServer(DataSourceSettings live, ServerInfo server, Evidence where, String edit) {
    InfluxGeneration generation = InfluxGeneration.of(server);
    String detected = server.product() + " " + server.version();
    Evidence evidence = Evidence.note("influxdb", "GET /ping", "detected " + detected.strip());
    if (live.queryLanguage() == QueryLanguage.FLUX && (generation == InfluxGeneration.V3
        || generation == InfluxGeneration.V1 && !server.version().replace("v", "").startsWith("1.8"))) {
      return java.util.Optional.of(Finding.of(FindingCode.FLUX_NOT_SUPPORTED, "Flux data source, but the server is " + detected.strip(),
          detected.strip() + " has no Flux endpoint.", List.of(where, evidence),
          Fix.of("Set Query language to " + (generation == InfluxGeneration.V3 ? "SQL or InfluxQL" : "InfluxQL") + " in " + edit + ".")));
    }
    if (live.queryLanguage() == QueryLanguage.SQL && (generation == InfluxGeneration.V1 || generation == InfluxGeneration.V2)) {
      return java.util.Optional.of(Finding.of(FindingCode.SQL_NOT_SUPPORTED, "SQL data source, but the server is " + detected.strip(),
          "Only InfluxDB 3 answers SQL (FlightSQL).", List.of(where, evidence),
          Fix.of("Set Query language to " + (generation == InfluxGeneration.V2 ? "Flux" : "InfluxQL") + " in " + edit + ".")));
    }
    return java.util.Optional.empty();
  }

  static boolean hasStoredAuthorizationHeader(DataSourceSettings live) {
    for (CustomHeader header : live.customHeaders()) {
      if (header.name().equalsIgnoreCase("Authorization")
          && (live.hasStoredSecret("httpHeaderValue" + header.index()) || !header.value().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasV1Credentials(DataSourceSettings live) {
    boolean basic = live.basicAuth() && !live.basicAuthUser().isEmpty()
        && (live.hasStoredSecret("basicAuthPassword") || !live.basicAuthPassword().isEmpty());
    boolean user = !live.user().isEmpty() && (live.hasStoredSecret("password") || !live.password().isEmpty());
    return basic || user;
  }

  private static String describe(DataSourceSettings live) {
    return "version=" + (live.rawVersion().isEmpty() ? "(InfluxQL by default)" : live.rawVersion())
        + " url=" + live.url()
        + (live.organization().isEmpty() ? "" : " organization=" + live.organization())
        + (live.defaultBucket().isEmpty() ? "" : " defaultBucket=" + live.defaultBucket())
        + (live.database().isEmpty() ? "" : " database=" + live.database())
        + " secureJsonFields=" + live.storedSecrets().stream().sorted().toList();
  }
}
