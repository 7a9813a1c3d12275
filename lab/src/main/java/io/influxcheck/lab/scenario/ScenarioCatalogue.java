package io.influxcheck.lab.scenario;

import static io.influxcheck.core.diagnosis.FindingCode.BUCKET_NOT_FOUND;
import static io.influxcheck.core.diagnosis.FindingCode.DATASOURCE_NOT_FOUND;
import static io.influxcheck.core.diagnosis.FindingCode.DBRP_MISSING;
import static io.influxcheck.core.diagnosis.FindingCode.FLUX_DISABLED;
import static io.influxcheck.core.diagnosis.FindingCode.FLUX_NOT_SUPPORTED;
import static io.influxcheck.core.diagnosis.FindingCode.GRAFANA_HEALTH_FAILED;
import static io.influxcheck.core.diagnosis.FindingCode.GRAFANA_HEALTH_MISLEADING;
import static io.influxcheck.core.diagnosis.FindingCode.GRAFANA_HEALTH_OK;
import static io.influxcheck.core.diagnosis.FindingCode.GRAFANA_PERMISSION_MISSING;
import static io.influxcheck.core.diagnosis.FindingCode.GRAFANA_TOKEN_INVALID;
import static io.influxcheck.core.diagnosis.FindingCode.GRAFANA_UNREACHABLE;
import static io.influxcheck.core.diagnosis.FindingCode.INFLUXQL_AUTH_ON_V2;
import static io.influxcheck.core.diagnosis.FindingCode.INFLUX_TIMEOUT;
import static io.influxcheck.core.diagnosis.FindingCode.INFLUX_TLS_ERROR;
import static io.influxcheck.core.diagnosis.FindingCode.INFLUX_UNEXPECTED_RESPONSE;
import static io.influxcheck.core.diagnosis.FindingCode.INFLUX_UNREACHABLE;
import static io.influxcheck.core.diagnosis.FindingCode.ORG_MISSING;
import static io.influxcheck.core.diagnosis.FindingCode.ORG_NOT_FOUND;
import static io.influxcheck.core.diagnosis.FindingCode.PROVISIONING_DRIFT;
import static io.influxcheck.core.diagnosis.FindingCode.QUERY_LANGUAGE_UNKNOWN;
import static io.influxcheck.core.diagnosis.FindingCode.QUERY_OK;
import static io.influxcheck.core.diagnosis.FindingCode.SECRET_ENV_UNRESOLVED;
import static io.influxcheck.core.diagnosis.FindingCode.SECRET_IN_JSONDATA;
import static io.influxcheck.core.diagnosis.FindingCode.SERVER_DETECTED;
import static io.influxcheck.core.diagnosis.FindingCode.SQL_NOT_SUPPORTED;
import static io.influxcheck.core.diagnosis.FindingCode.TOKEN_INACTIVE;
import static io.influxcheck.core.diagnosis.FindingCode.TOKEN_INVALID;
import static io.influxcheck.core.diagnosis.FindingCode.TOKEN_MISSING;
import static io.influxcheck.core.diagnosis.FindingCode.TOKEN_NO_READ_PERMISSION;
import static io.influxcheck.core.diagnosis.FindingCode.URL_MISSING;
import static io.influxcheck.core.diagnosis.FindingCode.V1_AUTH_DISABLED;
import static io.influxcheck.core.diagnosis.FindingCode.V1_BAD_CREDENTIALS;
import static io.influxcheck.core.diagnosis.FindingCode.V1_CREDENTIALS_MISSING;
import static io.influxcheck.core.diagnosis.FindingCode.V1_DATABASE_NOT_FOUND;
import static io.influxcheck.core.diagnosis.FindingCode.V1_NO_READ_PERMISSION;
import static io.influxcheck.core.diagnosis.FindingCode.VANTAGE_DISAGREEMENT;
import static io.influxcheck.lab.scenario.LabData.METRICS;
import static io.influxcheck.lab.scenario.LabData.ORG;
import static io.influxcheck.lab.scenario.LabData.TELEGRAF;
import static io.influxcheck.lab.scenario.ScenarioServer.GRAFANA;
import static io.influxcheck.lab.scenario.ScenarioServer.INFLUXDB_1_6;
import static io.influxcheck.lab.scenario.ScenarioServer.INFLUXDB_1_8;
import static io.influxcheck.lab.scenario.ScenarioServer.INFLUXDB_2;
import static io.influxcheck.lab.scenario.ScenarioServer.INFLUXDB_3;
import static io.influxcheck.lab.scenario.ScenarioServer.NOT_INFLUXDB;
import static io.influxcheck.lab.scenario.ScenarioSettings.flux;
import static io.influxcheck.lab.scenario.ScenarioSettings.influxql;
import static io.influxcheck.lab.scenario.ScenarioSettings.sql;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.RootCause;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The named scenarios of the lab: a healthy data source per kind of server, then at least one scenario
 * per finding code, grouped by root cause. Names are stable: the demo, the lab command and tests refer to them.
 */
public final class ScenarioCatalogue {
  private static final List<Scenario> ALL = ordered(List.of(
      // Healthy, one per kind of server
      direct("influx2-flux-healthy", "Flux on InfluxDB 2.x with an all-access token", INFLUXDB_2, Verdict.HEALTHY,
          Set.of(SERVER_DETECTED, QUERY_OK), lab -> flux("influx2-flux-healthy", lab.influx2Url(), ORG, TELEGRAF, lab.secrets().v2AllAccess())),
      direct("influx2-influxql-healthy", "InfluxQL on InfluxDB 2.x with a v1-compatible user and a DBRP mapping", INFLUXDB_2,
          Verdict.HEALTHY, Set.of(SERVER_DETECTED, QUERY_OK),
          lab -> influxql("influx2-influxql-healthy", lab.influx2Url(), TELEGRAF, LabData.V2_V1_USER, lab.secrets().v2V1Password())),
      direct("influx18-influxql-healthy", "InfluxQL on InfluxDB 1.8 with a user that may read the database", INFLUXDB_1_8,
          Verdict.HEALTHY, Set.of(SERVER_DETECTED, QUERY_OK),
          lab -> influxql("influx18-influxql-healthy", lab.influx18Url(), TELEGRAF, LabData.V1_GRAFANA, lab.secrets().v1GrafanaPassword())),
      direct("influx18-flux-healthy", "Flux on InfluxDB 1.8 (flux-enabled) with user:password as the token", INFLUXDB_1_8,
          Verdict.HEALTHY, Set.of(SERVER_DETECTED, QUERY_OK), lab -> flux("influx18-flux-healthy", lab.influx18FluxUrl(), "-",
              TELEGRAF + "/autogen", LabData.V1_GRAFANA + ":" + lab.secrets().v1GrafanaPassword())),
      direct("influx16-influxql-healthy", "InfluxQL on InfluxDB 1.6 with a user that may read the database", INFLUXDB_1_6,
          Verdict.HEALTHY, Set.of(SERVER_DETECTED, QUERY_OK),
          lab -> influxql("influx16-influxql-healthy", lab.influx16Url(), TELEGRAF, LabData.V1_GRAFANA, lab.secrets().v1GrafanaPassword())),
      direct("influx3-sql-healthy", "SQL on InfluxDB 3 Core with a valid token", INFLUXDB_3, Verdict.HEALTHY, Set.of(QUERY_OK),
          lab -> sql("influx3-sql-healthy", lab.influx3Url(), TELEGRAF, lab.secrets().v3Token())),
      grafana("grafana-healthy", "A working Flux data source, diagnosed through Grafana", Verdict.HEALTHY, Set.of(GRAFANA_HEALTH_OK),
          lab -> throughGrafana(lab, LabData.DS_HEALTHY)),

      // Cause 1: bad token
      direct("influx2-flux-token-missing", "Flux data source without a token", INFLUXDB_2, Verdict.UNHEALTHY, Set.of(TOKEN_MISSING),
          lab -> flux("influx2-flux-token-missing", lab.influx2Url(), ORG, TELEGRAF, "")),
      direct("influx2-flux-token-invalid", "Token unknown to InfluxDB (deleted, mistyped, or from another instance)", INFLUXDB_2,
          Verdict.UNHEALTHY, Set.of(TOKEN_INVALID),
          lab -> flux("influx2-flux-token-invalid", lab.influx2Url(), ORG, TELEGRAF, lab.secrets().v2Unknown())),
      direct("influx2-flux-token-inactive", "Token disabled in InfluxDB", INFLUXDB_2, Verdict.UNHEALTHY, Set.of(TOKEN_INACTIVE),
          lab -> flux("influx2-flux-token-inactive", lab.influx2Url(), ORG, TELEGRAF, lab.secrets().v2Inactive())),
      direct("influx3-sql-token-invalid", "SQL on InfluxDB 3 with a token it does not know", INFLUXDB_3, Verdict.UNHEALTHY,
          Set.of(TOKEN_INVALID), lab -> sql("influx3-sql-token-invalid", lab.influx3Url(), TELEGRAF, lab.secrets().v2Unknown())),

      // Cause 2: missing permission
      direct("influx2-flux-bucket-unreadable", "Token reads bucket telegraf only; the data source queries metrics", INFLUXDB_2,
          Verdict.UNHEALTHY, Set.of(TOKEN_NO_READ_PERMISSION),
          lab -> flux("influx2-flux-bucket-unreadable", lab.influx2Url(), ORG, METRICS, lab.secrets().v2ReadTelegraf())),
      direct("influx2-flux-token-write-only", "Token may write but not read", INFLUXDB_2, Verdict.UNHEALTHY,
          Set.of(TOKEN_NO_READ_PERMISSION),
          lab -> flux("influx2-flux-token-write-only", lab.influx2Url(), ORG, TELEGRAF, lab.secrets().v2WriteOnly())),
      direct("influx2-flux-token-other-org", "Token of another organization", INFLUXDB_2, Verdict.UNHEALTHY,
          Set.of(TOKEN_NO_READ_PERMISSION),
          lab -> flux("influx2-flux-token-other-org", lab.influx2Url(), ORG, TELEGRAF, lab.secrets().v2OtherOrg())),

      // Cause 3: organization or bucket names
      direct("influx2-flux-org-missing", "Flux data source without an organization", INFLUXDB_2, Verdict.UNHEALTHY,
          Set.of(ORG_MISSING), lab -> flux("influx2-flux-org-missing", lab.influx2Url(), "", TELEGRAF, lab.secrets().v2AllAccess())),
      direct("influx2-flux-org-not-found", "Organization name in the wrong case (Acme, not acme)", INFLUXDB_2, Verdict.UNHEALTHY,
          Set.of(ORG_NOT_FOUND), lab -> flux("influx2-flux-org-not-found", lab.influx2Url(), "Acme", TELEGRAF, lab.secrets().v2AllAccess())),
      direct("influx2-flux-bucket-not-found", "Default bucket misspelt (telegraph)", INFLUXDB_2, Verdict.UNHEALTHY,
          Set.of(BUCKET_NOT_FOUND),
          lab -> flux("influx2-flux-bucket-not-found", lab.influx2Url(), ORG, "telegraph", lab.secrets().v2AllAccess())),

      // Cause 4: query language and server version
      direct("influx16-flux", "Flux against InfluxDB 1.6, which has no Flux endpoint", INFLUXDB_1_6, Verdict.UNHEALTHY,
          Set.of(FLUX_NOT_SUPPORTED), lab -> flux("influx16-flux", lab.influx16Url(), "-", TELEGRAF,
              LabData.V1_GRAFANA + ":" + lab.secrets().v1GrafanaPassword())),
      direct("influx3-flux", "Flux against InfluxDB 3 Core", INFLUXDB_3, Verdict.UNHEALTHY, Set.of(FLUX_NOT_SUPPORTED),
          lab -> flux("influx3-flux", lab.influx3Url(), ORG, TELEGRAF, lab.secrets().v3Token())),
      direct("influx18-flux-disabled", "Flux against InfluxDB 1.8 with flux-enabled = false", INFLUXDB_1_8, Verdict.UNHEALTHY,
          Set.of(FLUX_DISABLED), lab -> flux("influx18-flux-disabled", lab.influx18Url(), "-", TELEGRAF,
              LabData.V1_GRAFANA + ":" + lab.secrets().v1GrafanaPassword())),
      direct("influx2-influxql-login-password", "InfluxQL on 2.x with the UI login instead of a v1-compatible user", INFLUXDB_2,
          Verdict.UNHEALTHY, Set.of(INFLUXQL_AUTH_ON_V2),
          lab -> influxql("influx2-influxql-login-password", lab.influx2Url(), TELEGRAF, "admin", lab.secrets().v1AdminPassword())),
      direct("influx2-influxql-dbrp-missing", "InfluxQL on 2.x for a database with no DBRP mapping", INFLUXDB_2, Verdict.UNHEALTHY,
          Set.of(DBRP_MISSING), lab -> influxql("influx2-influxql-dbrp-missing", lab.influx2Url(), "prometheus",
              LabData.V2_V1_USER, lab.secrets().v2V1Password())),
      direct("influx2-sql", "SQL against InfluxDB 2.x", INFLUXDB_2, Verdict.UNHEALTHY, Set.of(SQL_NOT_SUPPORTED),
          lab -> sql("influx2-sql", lab.influx2Url(), TELEGRAF, lab.secrets().v2AllAccess())),

      // Cause 5: InfluxDB 1.x credentials
      direct("influx18-influxql-no-credentials", "InfluxQL on 1.8 with auth on and no user", INFLUXDB_1_8, Verdict.UNHEALTHY,
          Set.of(V1_CREDENTIALS_MISSING), lab -> influxql("influx18-influxql-no-credentials", lab.influx18Url(), TELEGRAF, "", "")),
      direct("influx18-influxql-wrong-password", "InfluxQL on 1.8 with a wrong password", INFLUXDB_1_8, Verdict.UNHEALTHY,
          Set.of(V1_BAD_CREDENTIALS), lab -> influxql("influx18-influxql-wrong-password", lab.influx18Url(), TELEGRAF,
              LabData.V1_GRAFANA, lab.secrets().v1WrongPassword())),
      direct("influx18-flux-api-token", "Flux on 1.8 with a 2.x-style API token instead of user:password", INFLUXDB_1_8,
          Verdict.UNHEALTHY, Set.of(V1_BAD_CREDENTIALS),
          lab -> flux("influx18-flux-api-token", lab.influx18FluxUrl(), "-", TELEGRAF, lab.secrets().v2AllAccess())),
      direct("influx18-influxql-no-read-grant", "InfluxQL on 1.8 with a user without READ on the database", INFLUXDB_1_8,
          Verdict.UNHEALTHY, Set.of(V1_NO_READ_PERMISSION), lab -> influxql("influx18-influxql-no-read-grant", lab.influx18Url(),
              TELEGRAF, LabData.V1_NO_GRANTS, lab.secrets().v1NoGrantsPassword())),
      direct("influx18-influxql-database-not-found", "InfluxQL on 1.8 for a database that does not exist", INFLUXDB_1_8,
          Verdict.UNHEALTHY, Set.of(V1_DATABASE_NOT_FOUND), lab -> influxql("influx18-influxql-database-not-found",
              lab.influx18Url(), "telegraph", LabData.V1_ADMIN, lab.secrets().v1AdminPassword())),
      direct("influx18-auth-disabled", "InfluxQL on 1.8 with auth-enabled = false: any password works", INFLUXDB_1_8,
          Verdict.HEALTHY, Set.of(V1_AUTH_DISABLED, QUERY_OK), lab -> influxql("influx18-auth-disabled", lab.influx1NoAuthUrl(),
              TELEGRAF, LabData.V1_GRAFANA, lab.secrets().v1WrongPassword())),

      // Server reachability and identity
      direct("influx-unreachable", "Nothing listens at the URL", NOT_INFLUXDB, Verdict.INCONCLUSIVE, Set.of(INFLUX_UNREACHABLE),
          lab -> flux("influx-unreachable", lab.refusingUrl(), ORG, TELEGRAF, lab.secrets().v2AllAccess())),
      direct("influx-never-answers", "The port accepts connections and never answers", NOT_INFLUXDB, Verdict.INCONCLUSIVE,
          Set.of(INFLUX_TIMEOUT), lab -> flux("influx-never-answers", lab.silentUrl(), ORG, TELEGRAF, lab.secrets().v2AllAccess())),
      direct("influx-tls-mismatch", "https:// URL for a plain-HTTP port", NOT_INFLUXDB, Verdict.INCONCLUSIVE, Set.of(INFLUX_TLS_ERROR),
          lab -> flux("influx-tls-mismatch", lab.tlsMismatchUrl(), ORG, TELEGRAF, lab.secrets().v2AllAccess())),
      direct("proxy-login-page", "A single-sign-on proxy answers with its login page", NOT_INFLUXDB, Verdict.UNHEALTHY,
          Set.of(INFLUX_UNEXPECTED_RESPONSE),
          lab -> flux("proxy-login-page", lab.proxyLoginPageUrl(), ORG, TELEGRAF, lab.secrets().v2AllAccess())),
      direct("proxy-server-error", "A proxy answers 503 for an upstream it cannot reach", NOT_INFLUXDB, Verdict.UNHEALTHY,
          Set.of(INFLUX_UNEXPECTED_RESPONSE),
          lab -> influxql("proxy-server-error", lab.serverErrorUrl(), TELEGRAF, LabData.V1_GRAFANA, lab.secrets().v1GrafanaPassword())),
      direct("garbage-response", "200 application/json whose body is gzip bytes", NOT_INFLUXDB, Verdict.UNHEALTHY,
          Set.of(INFLUX_UNEXPECTED_RESPONSE),
          lab -> flux("garbage-response", lab.garbageJsonUrl(), ORG, TELEGRAF, lab.secrets().v2AllAccess())),

      // Configuration
      direct("url-missing", "Data source without a URL", INFLUXDB_2, Verdict.UNHEALTHY, Set.of(URL_MISSING),
          lab -> flux("url-missing", "", ORG, TELEGRAF, lab.secrets().v2AllAccess())),
      direct("query-language-unknown", "jsonData.version is Flux2, which Grafana does not know", INFLUXDB_2, Verdict.UNHEALTHY,
          Set.of(QUERY_LANGUAGE_UNKNOWN), lab -> ScenarioSettings.finish(ScenarioSettings.base("query-language-unknown", lab.influx2Url())
              .queryLanguage(QueryLanguage.INFLUXQL).rawVersion("Flux2").organization(ORG).defaultBucket(TELEGRAF)
              .token(Secret.of(lab.secrets().v2AllAccess(), "lab")))),
      direct("secret-in-jsondata", "Token written in jsonData instead of secureJsonData", INFLUXDB_2, Verdict.UNHEALTHY,
          Set.of(SECRET_IN_JSONDATA, TOKEN_MISSING), lab -> flux("secret-in-jsondata", lab.influx2Url(), ORG, TELEGRAF, "")
              .toBuilder().secretsInJsonData(List.of("token")).build()),
      direct("secret-env-unresolved", "Token from ${INFLUX_TOKEN}, which is not set", INFLUXDB_2, Verdict.UNHEALTHY,
          Set.of(SECRET_ENV_UNRESOLVED, TOKEN_MISSING), lab -> flux("secret-env-unresolved", lab.influx2Url(), ORG, TELEGRAF, "")
              .toBuilder().unresolvedVariables(List.of("INFLUX_TOKEN")).build()),

      // Grafana's side
      grafana("grafana-unreachable", "The bot's Grafana URL answers nothing", Verdict.INCONCLUSIVE, Set.of(GRAFANA_UNREACHABLE),
          lab -> new ScenarioInput.ThroughGrafana(lab.refusingUrl(), bot(lab), LabData.DS_HEALTHY, Optional.empty(), List.of())),
      grafana("grafana-token-invalid", "The bot's service-account token is unknown to Grafana", Verdict.INCONCLUSIVE,
          Set.of(GRAFANA_TOKEN_INVALID), lab -> asBot(lab, lab.secrets().grafanaUnknown())),
      grafana("grafana-token-expired", "The bot's service-account token has expired", Verdict.INCONCLUSIVE,
          Set.of(GRAFANA_TOKEN_INVALID), lab -> asBot(lab, lab.secrets().grafanaExpired())),
      grafana("grafana-token-revoked", "The bot's service-account token was revoked", Verdict.INCONCLUSIVE,
          Set.of(GRAFANA_TOKEN_INVALID), lab -> asBot(lab, lab.secrets().grafanaRevoked())),
      grafana("grafana-permission-read-missing", "The bot's service account lacks datasources:read", Verdict.INCONCLUSIVE,
          Set.of(GRAFANA_PERMISSION_MISSING), lab -> asBot(lab, lab.secrets().grafanaNoRead())),
      grafana("grafana-permission-query-missing", "The bot's service account lacks datasources:query", Verdict.INCONCLUSIVE,
          Set.of(GRAFANA_PERMISSION_MISSING), lab -> asBot(lab, lab.secrets().grafanaNoQuery())),
      grafana("grafana-datasource-not-found", "No data source with that uid in Grafana", Verdict.INCONCLUSIVE,
          Set.of(DATASOURCE_NOT_FOUND), lab -> throughGrafana(lab, "lab-no-such-uid")),
      grafana("grafana-health-failed", "Grafana's health check fails: InfluxDB 1.8 rejects the stored password", Verdict.UNHEALTHY,
          Set.of(GRAFANA_HEALTH_FAILED, V1_BAD_CREDENTIALS), lab -> throughGrafana(lab, LabData.DS_WRONG_PASSWORD)),
      // Through Grafana alone, "could not find bucket" cannot tell a missing bucket from an unreadable one (facts A.1):
      // the diagnosis files it under BUCKET_NOT_FOUND titled "not found or not readable by Grafana's token"; influx2-flux-bucket-unreadable tells them apart directly.
      grafana("grafana-health-misleading", "Health check passes (the token reads telegraf) but panels query metrics, which it cannot read",
          Verdict.UNHEALTHY, Set.of(GRAFANA_HEALTH_OK, GRAFANA_HEALTH_MISLEADING, BUCKET_NOT_FOUND), lab -> throughGrafana(lab, LabData.DS_MISLEADING)),
      grafana("grafana-vantage-disagreement", "The bot's own token works; Grafana's stored token is stale", Verdict.UNHEALTHY,
          Set.of(GRAFANA_HEALTH_FAILED, TOKEN_INVALID, VANTAGE_DISAGREEMENT), lab -> new ScenarioInput.ThroughGrafana(lab.grafanaUrl(), bot(lab),
              LabData.DS_STALE_TOKEN, Optional.of(flux(LabData.DS_STALE_TOKEN, lab.influx2Url(), ORG, TELEGRAF,
                  lab.secrets().v2AllAccess())), List.of())),
      grafana("grafana-provisioning-drift", "Default bucket changed in Grafana's UI; the provisioning file says telegraf",
          Verdict.HEALTHY, Set.of(GRAFANA_HEALTH_OK, PROVISIONING_DRIFT), lab -> new ScenarioInput.ThroughGrafana(lab.grafanaUrl(),
              bot(lab), LabData.DS_DRIFTED, Optional.empty(),
              List.of(flux(LabData.DS_DRIFTED, lab.influx2Url(), ORG, TELEGRAF, lab.secrets().v2AllAccess()))))));

  private ScenarioCatalogue() {
  }

  /** Every scenario: the healthy ones first, then by root cause. */
  public static List<Scenario> all() {
    return ALL;
  }

  /** The scenario with this name (case-insensitive). */
  public static Optional<Scenario> find(String name) {
    return ALL.stream().filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.trim())).findFirst();
  }

  /**
   * The root cause a scenario is filed under: the last, in {@link RootCause} order, of its expected ERROR and WARN
   * codes (so a Grafana scenario that also names InfluxDB's cause is filed under GRAFANA, and an unset variable
   * that leaves the token empty under CONFIGURATION); NONE for a healthy one.
   */
  public static RootCause rootCause(Scenario scenario) {
    return scenario.expectedCodes().stream()
        .filter(c -> c.defaultSeverity() != Severity.INFO)
        .map(FindingCode::rootCause)
        .max(Comparator.naturalOrder()).orElse(RootCause.NONE);
  }

  /** True when a correct diagnosis of the scenario finds nothing to warn about. */
  public static boolean isHealthyBaseline(Scenario scenario) {
    return scenario.expectedVerdict() == Verdict.HEALTHY && rootCause(scenario) == RootCause.NONE;
  }

  private static List<Scenario> ordered(List<Scenario> scenarios) {
    List<Scenario> sorted = new ArrayList<>(scenarios);
    sorted.sort(Comparator.comparing((Scenario s) -> !isHealthyBaseline(s)).thenComparing(ScenarioCatalogue::rootCause));
    return List.copyOf(sorted);
  }

  private static Scenario direct(String name, String summary, ScenarioServer server, Verdict verdict, Set<FindingCode> codes,
      Function<Lab, DataSourceSettings> settings) {
    return new Scenario(name, summary, server, verdict, codes, lab -> new ScenarioInput.Direct(settings.apply(lab)));
  }

  private static Scenario grafana(String name, String summary, Verdict verdict, Set<FindingCode> codes,
      Function<Lab, ScenarioInput.ThroughGrafana> input) {
    return new Scenario(name, summary, GRAFANA, verdict, codes, input::apply);
  }

  private static ScenarioInput.ThroughGrafana throughGrafana(Lab lab, String uid) {
    return new ScenarioInput.ThroughGrafana(lab.grafanaUrl(), bot(lab), uid, Optional.empty(), List.of());
  }

  private static ScenarioInput.ThroughGrafana asBot(Lab lab, String token) {
    return new ScenarioInput.ThroughGrafana(lab.grafanaUrl(), Secret.of(token, "lab"), LabData.DS_HEALTHY, Optional.empty(), List.of());
  }

  private static Secret bot(Lab lab) {
    return Secret.of(lab.secrets().grafanaBot(), "lab");
  }
}
