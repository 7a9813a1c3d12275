package io.influxcheck.discord;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.config.SettingsOrigin;
import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.report.ServerInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * INTERIM: a verbatim copy of branch {@code cli}'s {@code io.influxcheck.lab.fixtures.ReportFixtures}, used until
 * that class is on main; then this file is deleted and the tests import the shared one.
 *
 * <p>Deterministic {@link Report}s shared by every renderer's golden tests (terminal, JSON, Markdown,
 * Block Kit, Discord embeds). Fixed instants and durations; evidence bodies are the exact texts the
 * InfluxDB versions send (see the research notes on the wire behaviour).
 *
 * <p>Every fixture is built from {@link DataSourceSettings} whose secret is {@link #CANARY_SECRET};
 * the reports only carry {@link Secret#describe()} fingerprints, so a renderer test asserts the
 * canary text appears nowhere in its output.
 */
public final class InterimReportFixtures {
  /** The raw secret every fixture's settings carry. It must never appear in any rendered output. */
  public static final String CANARY_SECRET = "canary-7Hq2vX9pLm4RtZ8wYk3N-do-not-print-this-token==";

  /** When every fixture's diagnosis finished. */
  public static final Instant FINISHED_AT = Instant.parse("2025-06-02T09:30:00Z");

  private static final String INFLUX_V2_URL = "http://influxdb.internal:8086";
  private static final String INFLUX_V1_URL = "http://influxdb-legacy.internal:8086";
  private static final String BUCKET_ID = "0a1b2c3d4e5f6a7b";
  private static final String ORG_ID = "9f8e7d6c5b4a3f2e";

  private InterimReportFixtures() { }

  /** Every fixture by name, in a stable order, for parameterised golden tests. */
  public static Map<String, Report> all() {
    Map<String, Report> all = new LinkedHashMap<>();
    all.put("healthy", healthy());
    all.put("bad-token", badToken());
    all.put("missing-permission", missingPermission());
    all.put("wrong-org-or-bucket", wrongOrgOrBucket());
    all.put("query-language-mismatch", queryLanguageMismatch());
    all.put("v1-credentials", v1Credentials());
    all.put("inconclusive", inconclusive());
    all.put("oversized", oversized());
    return all;
  }

  /** The settings with the canary token of a Flux data source on InfluxDB 2.x. */
  public static DataSourceSettings fluxSettings() {
    return DataSourceSettings.builder("influx-prod")
        .uid("P951FEA4DE68E13C5")
        .url(INFLUX_V2_URL)
        .queryLanguage(QueryLanguage.FLUX)
        .organization("acme")
        .defaultBucket("telegraf")
        .httpMode("POST")
        .token(Secret.of(CANARY_SECRET, "${INFLUX_TOKEN}"))
        .storedSecrets(Set.of("token"))
        .origin(SettingsOrigin.file("/etc/grafana/provisioning/datasources/influx.yaml", 7))
        .build();
  }

  /** The settings with the canary password of an InfluxQL data source. */
  public static DataSourceSettings influxqlSettings(String url) {
    return DataSourceSettings.builder("influx-legacy")
        .uid("InfluxLegacy01")
        .url(url)
        .queryLanguage(QueryLanguage.INFLUXQL)
        .database("telegraf")
        .user("grafana")
        .password(Secret.of(CANARY_SECRET, "${INFLUX_PASSWORD}"))
        .storedSecrets(Set.of("password"))
        .origin(SettingsOrigin.file("/etc/grafana/provisioning/datasources/influx.yaml", 24))
        .build();
  }

  public static Report healthy() {
    DataSourceSettings s = fluxSettings();
    ServerInfo server = new ServerInfo("InfluxDB 2.x OSS", "2.7.12");
    List<Finding> findings = List.of(
        detected(server, s),
        Finding.of(FindingCode.QUERY_OK, "Grafana's Flux query succeeds: 3 buckets readable in org acme",
            "The token is active, the organization exists and the token can read the default bucket.",
            List.of(new Evidence("influxdb", "POST", "/api/v2/query?org=acme", tokenAuth(s), 200,
                "#datatype,string,long,string\n#group,false,false,false\n#default,_result,,\n,result,table,name\n,,0,telegraf\n,,0,_monitoring\n,,0,_tasks",
                42)),
            Fix.none()));
    return report(ref(s), Verdict.HEALTHY, server, findings,
        fluxChecklist(s, CheckStatus.PASSED, CheckStatus.PASSED, CheckStatus.PASSED, CheckStatus.PASSED, CheckStatus.PASSED), 187);
  }

  /** TOKEN_INVALID on InfluxDB 2.x with Flux. */
  public static Report badToken() {
    DataSourceSettings s = fluxSettings();
    ServerInfo server = new ServerInfo("InfluxDB 2.x OSS", "2.7.12");
    List<Finding> findings = List.of(
        Finding.of(FindingCode.TOKEN_INVALID, "Token rejected by InfluxDB 2.7.12 (401 unauthorized access)",
            "InfluxDB does not know this token: it was deleted, belongs to another InfluxDB instance, or was "
                + "copied incompletely. Grafana's health check shows \"unauthorized: unauthorized access error reading buckets\".",
            List.of(
                new Evidence("influxdb", "POST", "/api/v2/query?org=acme", tokenAuth(s), 401,
                    "{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}", 38),
                new Evidence("influxdb", "GET", "/api/v2/buckets?limit=1", tokenAuth(s), 401,
                    "{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}", 21),
                Evidence.note("config", "/etc/grafana/provisioning/datasources/influx.yaml:7",
                    "secureJsonData.token comes from ${INFLUX_TOKEN}: " + s.token().describe())),
            new Fix("Create a read token for bucket telegraf in org acme and store it in INFLUX_TOKEN, then restart Grafana "
                + "(or re-save the data source).",
                "secureJsonData:\n  token: ${INFLUX_TOKEN}",
                "influx auth create --org acme --read-bucket " + BUCKET_ID + " --description \"grafana influx-prod\"")),
        detected(server, s));
    return report(ref(s), Verdict.UNHEALTHY, server, findings,
        fluxChecklist(s, CheckStatus.PASSED, CheckStatus.FAILED, CheckStatus.SKIPPED, CheckStatus.SKIPPED, CheckStatus.FAILED), 412);
  }

  /** TOKEN_NO_READ_PERMISSION: the token is valid but cannot read the bucket. */
  public static Report missingPermission() {
    DataSourceSettings s = fluxSettings();
    ServerInfo server = new ServerInfo("InfluxDB 2.x OSS", "2.7.12");
    List<Finding> findings = List.of(
        Finding.of(FindingCode.TOKEN_NO_READ_PERMISSION, "Token is valid but cannot read bucket telegraf in org acme",
            "The token exists and is active, but has no read permission on bucket telegraf. On InfluxDB 2.x an "
                + "unreadable bucket looks like a missing one on /api/v2/query; the bucket list shows it exists.",
            List.of(
                new Evidence("influxdb", "POST", "/api/v2/query?org=acme", tokenAuth(s), 404,
                    "{\"code\":\"not found\",\"message\":\"failed to initialize execute state: could not find bucket \\\"telegraf\\\"\"}", 55),
                new Evidence("influxdb", "GET", "/api/v2/buckets?org=acme&name=telegraf", tokenAuth(s), 200,
                    "{\n\t\"links\": {\n\t\t\"self\": \"/api/v2/buckets?descending=false&limit=20&name=telegraf&offset=0&org=acme\"\n\t},\n\t\"buckets\": []\n}", 19)),
            new Fix("Give the data source a token with read permission on bucket telegraf (an admin runs the command; "
                + "put the new token in INFLUX_TOKEN).",
                "secureJsonData:\n  token: ${INFLUX_TOKEN}",
                "influx auth create --org acme --read-bucket " + BUCKET_ID + " --description \"grafana read telegraf\"")),
        detected(server, s));
    return report(ref(s), Verdict.UNHEALTHY, server, findings,
        fluxChecklist(s, CheckStatus.PASSED, CheckStatus.PASSED, CheckStatus.PASSED, CheckStatus.FAILED, CheckStatus.FAILED), 356);
  }

  /** ORG_NOT_FOUND: jsonData.organization names an organization that does not exist. */
  public static Report wrongOrgOrBucket() {
    DataSourceSettings s = fluxSettings().toBuilder().organization("acme-prod").build();
    ServerInfo server = new ServerInfo("InfluxDB 2.x OSS", "2.7.12");
    List<Finding> findings = List.of(
        Finding.of(FindingCode.ORG_NOT_FOUND, "Organization \"acme-prod\" does not exist on InfluxDB 2.7.12",
            "jsonData.organization must be the organization's exact name (case-sensitive) or its 16-hex ID. "
                + "The token is valid: the bucket list answers for its own organization acme.",
            List.of(
                new Evidence("influxdb", "POST", "/api/v2/query?org=acme-prod", tokenAuth(s), 400,
                    "{\"code\":\"invalid\",\"message\":\"failed to decode request body: organization name \\\"acme-prod\\\" not found\"}", 31),
                new Evidence("influxdb", "GET", "/api/v2/buckets?org=acme-prod", tokenAuth(s), 404,
                    "{\n\t\"code\": \"not found\",\n\t\"message\": \"organization name \\\"acme-prod\\\" not found\"\n}", 17),
                new Evidence("influxdb", "GET", "/api/v2/orgs", tokenAuth(s), 200, "organizations visible to the token: acme", 15)),
            new Fix("Set jsonData.organization to acme.",
                "jsonData:\n  organization: acme",
                "influx org list")),
        detected(server, s));
    return report(ref(s), Verdict.UNHEALTHY, server, findings,
        fluxChecklist(s, CheckStatus.PASSED, CheckStatus.PASSED, CheckStatus.FAILED, CheckStatus.SKIPPED, CheckStatus.FAILED), 298);
  }

  /** INFLUXQL_AUTH_ON_V2: an InfluxQL data source with an ordinary user/password against InfluxDB 2.x. */
  public static Report queryLanguageMismatch() {
    DataSourceSettings s = influxqlSettings(INFLUX_V2_URL);
    ServerInfo server = new ServerInfo("InfluxDB 2.x OSS", "2.7.12");
    List<Finding> findings = List.of(
        Finding.of(FindingCode.INFLUXQL_AUTH_ON_V2, "InfluxDB 2.7.12 rejected user grafana on the v1 /query API (401 Unauthorized)",
            "The data source uses InfluxQL with a user and password, but InfluxDB 2.x only accepts a v1 authorization "
                + "(influx v1 auth create) or an API token as the password. InfluxDB 2.x login users are not v1 users.",
            List.of(
                new Evidence("influxdb", "GET", "/query?db=telegraf&epoch=ms&q=SHOW+MEASUREMENTS", "Basic grafana:" + s.password().describe(), 401,
                    "{\"code\":\"unauthorized\",\"message\":\"Unauthorized\"}", 27),
                new Evidence("influxdb", "GET", "/ping", "none", 204, "X-Influxdb-Build: OSS, X-Influxdb-Version: 2.7.12", 4)),
            new Fix("Create a v1 authorization for user grafana with read access to bucket telegraf, and put its password "
                + "in INFLUX_PASSWORD; or switch the data source to Flux with an API token.",
                "jsonData:\n  dbName: telegraf\nuser: grafana\nsecureJsonData:\n  password: ${INFLUX_PASSWORD}",
                "influx v1 auth create --org acme --username grafana --read-bucket " + BUCKET_ID)),
        detected(server, s));
    Checklist checklist = new Checklist("influx-legacy (InfluxLegacy01)", List.of(
        new CheckLine("reach", "InfluxDB reachable", CheckStatus.PASSED, "InfluxDB 2.x OSS 2.7.12"),
        new CheckLine("language", "Query language matches the server", CheckStatus.FAILED, "InfluxQL user/password on InfluxDB 2.x"),
        new CheckLine("credentials", "Credentials accepted", CheckStatus.FAILED, "user grafana, password " + s.password().describe()),
        new CheckLine("database", "Database readable", CheckStatus.SKIPPED, "telegraf"),
        new CheckLine("query", "Grafana's query succeeds", CheckStatus.FAILED, "SHOW MEASUREMENTS → 401")));
    return report(ref(s), Verdict.UNHEALTHY, server, findings, checklist, 264);
  }

  /** V1_BAD_CREDENTIALS on InfluxDB 1.8 with auth enabled, plus a hygiene warning. */
  public static Report v1Credentials() {
    DataSourceSettings s = influxqlSettings(INFLUX_V1_URL);
    ServerInfo server = new ServerInfo("InfluxDB 1.x", "1.8.10");
    List<Finding> findings = List.of(
        Finding.of(FindingCode.V1_BAD_CREDENTIALS, "InfluxDB 1.8.10 rejected user grafana (401 authorization failed)",
            "The user does not exist or the password is wrong. Grafana's health check shows "
                + "\"InfluxDB returned error: authorization failed error reading influxDB\".",
            List.of(
                new Evidence("influxdb", "GET", "/query?db=telegraf&epoch=ms&q=SHOW+MEASUREMENTS", "Basic grafana:" + s.password().describe(), 401,
                    "{\"error\":\"authorization failed\"}", 12)),
            new Fix("Reset the password of user grafana (as an InfluxDB admin) and store it in INFLUX_PASSWORD.",
                "user: grafana\nsecureJsonData:\n  password: ${INFLUX_PASSWORD}",
                "influx -host influxdb-legacy.internal -username admin -password '' -execute \"SET PASSWORD FOR grafana = '<new password>'\"")),
        new Finding(FindingCode.SECRET_IN_JSONDATA, FindingCode.SECRET_IN_JSONDATA.defaultSeverity(),
            "jsonData.password holds a password in plain text",
            "Grafana never uses jsonData.password; the value is stored unencrypted and shown to anyone who can view the data source.",
            List.of(Evidence.note("config", "/etc/grafana/provisioning/datasources/influx.yaml:31", "jsonData.password is set (" + s.password().describe() + ")")),
            new Fix("Move the password to secureJsonData.password.", "secureJsonData:\n  password: ${INFLUX_PASSWORD}", ""),
            FindingCode.SECRET_IN_JSONDATA.anchor()),
        detected(server, s));
    Checklist checklist = new Checklist("influx-legacy (InfluxLegacy01)", List.of(
        new CheckLine("reach", "InfluxDB reachable", CheckStatus.PASSED, "InfluxDB 1.x 1.8.10"),
        new CheckLine("credentials", "Credentials accepted", CheckStatus.FAILED, "user grafana, password " + s.password().describe()),
        new CheckLine("database", "Database readable", CheckStatus.SKIPPED, "telegraf"),
        new CheckLine("hygiene", "Secrets stored safely", CheckStatus.WARNED, "jsonData.password"),
        new CheckLine("query", "Grafana's query succeeds", CheckStatus.FAILED, "SHOW MEASUREMENTS → 401")));
    return report(ref(s), Verdict.UNHEALTHY, server, findings, checklist, 143);
  }

  /** INFLUX_UNREACHABLE: nothing listens at the URL, so nothing about the credentials is known. */
  public static Report inconclusive() {
    DataSourceSettings s = fluxSettings();
    List<Finding> findings = List.of(
        Finding.of(FindingCode.INFLUX_UNREACHABLE, "Cannot connect to influxdb.internal:8086 (connection refused)",
            "Nothing accepted the connection: InfluxDB is down, the port is wrong, or a firewall rejects it. "
                + "The credentials were not checked.",
            List.of(new Evidence("influxdb", "GET", "/ping", "none", null,
                "Failed to connect to influxdb.internal/10.0.4.17:8086: Connection refused", 3)),
            new Fix("Check that InfluxDB runs and listens on port 8086, and that the URL in the data source is the one "
                + "Grafana's server (not your browser) can reach.", "url: http://influxdb.internal:8086",
                "curl -sS -i http://influxdb.internal:8086/ping")));
    return report(ref(s), Verdict.INCONCLUSIVE, ServerInfo.unknown(), findings,
        fluxChecklist(s, CheckStatus.FAILED, CheckStatus.SKIPPED, CheckStatus.SKIPPED, CheckStatus.SKIPPED, CheckStatus.SKIPPED), 3005);
  }

  /** Many findings with very long evidence and fix texts, to exercise every renderer's truncation. */
  public static Report oversized() {
    DataSourceSettings s = fluxSettings().toBuilder().name("influx-prod-" + "x".repeat(180)).build();
    ServerInfo server = new ServerInfo("InfluxDB 2.x OSS", "2.7.12");
    String bigBody = "{\"code\":\"not found\",\"message\":\"failed to initialize execute state: could not find bucket \\\""
        + "telegraf-" + "very-long-bucket-name-".repeat(120) + "\\\"\"}";
    String bigYaml = "jsonData:\n" + "  httpHeaderName%d: X-Custom-Header-With-A-Long-Name\n".repeat(60).formatted(
        java.util.stream.IntStream.rangeClosed(1, 60).boxed().toArray());
    String bigCommand = "influx auth create --org acme" + (" --read-bucket " + BUCKET_ID).repeat(80)
        + " --description \"grafana\"";
    FindingCode[] codes = {
        FindingCode.TOKEN_NO_READ_PERMISSION, FindingCode.BUCKET_NOT_FOUND, FindingCode.DBRP_MISSING,
        FindingCode.SECRET_IN_JSONDATA, FindingCode.PROVISIONING_DRIFT, FindingCode.GRAFANA_HEALTH_MISLEADING,
        FindingCode.VANTAGE_DISAGREEMENT, FindingCode.SECRET_ENV_UNRESOLVED, FindingCode.FLUX_DISABLED,
        FindingCode.TOKEN_INACTIVE, FindingCode.ORG_MISSING, FindingCode.V1_AUTH_DISABLED};
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      FindingCode code = codes[i];
      List<Evidence> evidence = new ArrayList<>();
      for (int e = 0; e < 6; e++) {
        evidence.add(new Evidence("influxdb", "POST", "/api/v2/query?org=acme&attempt=" + e + "&pad=" + "p".repeat(300),
            tokenAuth(s), 404, bigBody, 50 + e));
      }
      findings.add(new Finding(code, code.defaultSeverity(),
          code.summary() + " — finding " + (i + 1) + " of " + codes.length + " " + "with a long title ".repeat(12),
          "Cause text that goes on and on. ".repeat(80), evidence,
          new Fix("Fix description that is much longer than any chat field allows. ".repeat(40), bigYaml, bigCommand),
          code.anchor()));
    }
    findings.add(detected(server, s));
    List<CheckLine> lines = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      lines.add(new CheckLine("check-" + i, "Check number " + i + " " + "with a long label ".repeat(8),
          i % 3 == 0 ? CheckStatus.FAILED : i % 3 == 1 ? CheckStatus.PASSED : CheckStatus.WARNED, "detail ".repeat(40)));
    }
    return report(ref(s), Verdict.UNHEALTHY, server, findings, new Checklist(s.displayName(), lines), 2999);
  }

  /** The reference a report carries for these settings (no secrets). */
  public static DataSourceRef ref(DataSourceSettings s) {
    return new DataSourceRef(s.name(), s.uid(), s.url(), s.queryLanguage(), "", "");
  }

  private static Report report(DataSourceRef ref, Verdict verdict, ServerInfo server, List<Finding> findings,
      Checklist checklist, long durationMs) {
    return new Report(ref, verdict, server, findings, checklist, durationMs, FINISHED_AT);
  }

  private static String tokenAuth(DataSourceSettings s) {
    return "Token " + s.token().describe();
  }

  private static Finding detected(ServerInfo server, DataSourceSettings s) {
    return Finding.of(FindingCode.SERVER_DETECTED, server.product() + " " + server.version() + " at " + s.url(),
        "Identified from the X-Influxdb-Version header of /ping.",
        List.of(new Evidence("influxdb", "GET", "/ping", "none", 204,
            "X-Influxdb-Build: OSS, X-Influxdb-Version: " + server.version(), 4)),
        Fix.none());
  }

  private static Checklist fluxChecklist(DataSourceSettings s, CheckStatus reach, CheckStatus token, CheckStatus org,
      CheckStatus bucket, CheckStatus query) {
    return new Checklist(s.displayName(), List.of(
        new CheckLine("reach", "InfluxDB reachable", reach, s.url()),
        new CheckLine("token", "Token accepted", token, "Token " + s.token().describe()),
        new CheckLine("org", "Organization exists", org, s.organization()),
        new CheckLine("bucket", "Bucket readable", bucket, s.defaultBucket()),
        new CheckLine("query", "Grafana's query succeeds", query, "buckets()")));
  }
}
