package io.influxcheck.core.diagnosis;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Checks what needs no network: a usable URL, a known query language, an organization for Flux,
 * secrets kept out of plain {@code jsonData}, and environment references that resolved.
 */
final class ConfigurationChecks {
  private final DiagnosisRun run;

  ConfigurationChecks(DiagnosisRun run) {
    this.run = run;
  }

  /** The data source URL when it is an absolute http(s) URL, else empty. */
  static Optional<HttpUrl> parseUrl(String url) {
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return Optional.empty();
    }
    return Optional.ofNullable(HttpUrl.parse(trimmed));
  }

  /** Adds every configuration finding; returns whether Grafana would send its query at all. */
  boolean check() {
    DataSourceSettings ds = run.settings;
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    boolean sendsQuery = true;
    if (parseUrl(ds.url()).isEmpty()) {
      problems.add("URL");
      sendsQuery = false;
      run.add(FindingCode.URL_MISSING, ds.url().isBlank() ? "The data source has no URL" : "The data source URL is not an http(s) URL",
          "Grafana fails with 'missing URL from datasource configuration' or cannot connect: url is \"" + run.url + "\".",
          List.of(run.setting("url: \"" + run.url + "\"")), run.remedies.setUrl());
    }
    if (!ds.rawVersion().isBlank() && QueryLanguage.fromGrafana(ds.rawVersion()).isEmpty()) {
      problems.add("query language");
      sendsQuery = false;
      run.add(FindingCode.QUERY_LANGUAGE_UNKNOWN, "jsonData.version \"" + ds.rawVersion() + "\" is not Flux, InfluxQL or SQL",
          "Grafana does not know this query language and answers 'unknown influx version'.",
          List.of(run.setting("jsonData.version: " + ds.rawVersion())),
          new Fix("Set jsonData.version to Flux (InfluxDB 2.x), InfluxQL (1.x, or 2.x with DBRP) or SQL (InfluxDB 3).",
              "# " + ds.origin() + ": data source \"" + ds.name() + "\"\njsonData:\n  version: Flux   # or InfluxQL, SQL\n", ""));
    } else if (ds.queryLanguage() == QueryLanguage.FLUX && ds.organization().isBlank()) {
      problems.add("organization");
      sendsQuery = false;
      run.checklist.failed(ChecklistTracker.ORGANIZATION, "jsonData.organization is empty");
      run.add(FindingCode.ORG_MISSING, "No organization configured for Flux",
          "Grafana refuses to query before sending anything: 'missing organization in datasource configuration'.",
          List.of(run.setting("jsonData.organization is empty")), run.remedies.setOrganization(""));
    }
    if (!ds.unresolvedVariables().isEmpty()) {
      problems.add("unresolved variables");
      run.add(FindingCode.SECRET_ENV_UNRESOLVED, "Unset environment variable: " + String.join(", ", ds.unresolvedVariables()),
          "The provisioning file references " + String.join(", ", ds.unresolvedVariables()) + ", which is not set where it is"
              + " read, so Grafana provisions an empty value.",
          List.of(run.setting("unresolved: " + String.join(", ", ds.unresolvedVariables()))),
          Fix.of("Export " + String.join(", ", ds.unresolvedVariables()) + " in Grafana's environment (systemd unit, container env)"
              + " and restart Grafana so provisioning re-reads it."));
    }
    if (!ds.secretsInJsonData().isEmpty()) {
      warnings.add("secret in jsonData");
      run.add(FindingCode.SECRET_IN_JSONDATA, "Secret stored in plain jsonData: " + String.join(", ", ds.secretsInJsonData()),
          "jsonData is returned by Grafana's API to every viewer and ends up in Git; a secret there is exposed and is also not"
              + " where Grafana reads it from (secureJsonData).",
          List.of(run.setting("jsonData keys holding a secret: " + String.join(", ", ds.secretsInJsonData()))),
          new Fix("Move the value to secureJsonData, from an environment variable, and rotate it.",
              "# " + ds.origin() + ": data source \"" + ds.name() + "\"\nsecureJsonData:\n  token: ${INFLUX_TOKEN}   # moved from jsonData\n", ""));
    }
    if (!problems.isEmpty()) {
      run.checklist.failed(ChecklistTracker.CONFIG, "problems: " + String.join(", ", problems));
    } else if (!warnings.isEmpty()) {
      run.checklist.warned(ChecklistTracker.CONFIG, String.join(", ", warnings));
    } else {
      run.checklist.passed(ChecklistTracker.CONFIG, ds.queryLanguage().grafanaName() + ", " + run.credentials.description());
    }
    return sendsQuery;
  }
}
