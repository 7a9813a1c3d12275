package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.FindingCode.*;

import java.util.EnumMap;
import java.util.Map;

/** Runbook text of the findings about Grafana's side: its API, its health check, its copy of the settings. */
final class GrafanaRunbook {
  private GrafanaRunbook() {
  }

  private static final String HEALTH = "curl -s -H \"Authorization: Bearer $GRAFANA_TOKEN\" \"$GRAFANA_URL/api/datasources/uid/<uid>/health\"";

  static Map<FindingCode, RunbookEntry> entries() {
    Map<FindingCode, RunbookEntry> m = new EnumMap<>(FindingCode.class);
    put(m, GRAFANA_UNREACHABLE, "The bot cannot reach Grafana's HTTP API (connection refused, timeout, TLS). Grafana's view of the data source is unknown.",
        "curl -sS \"$GRAFANA_URL/api/health\"",
        "Fix the Grafana URL in the bot's configuration or the network path to Grafana.");
    put(m, GRAFANA_TOKEN_INVALID, "Grafana rejected the bot's service-account token: 401 'Invalid API key' (also 'Expired API key', 'Revoked API key', or an org mismatch).",
        "curl -s -H \"Authorization: Bearer $GRAFANA_TOKEN\" \"$GRAFANA_URL/api/datasources\"",
        "Create a new service-account token (Administration > Service accounts) and set it in the bot's configuration as ${GRAFANA_TOKEN}.");
    put(m, GRAFANA_PERMISSION_MISSING, "The bot's service account lacks a Grafana permission: 403 'You'll need additional permissions to perform this action. Permissions needed: datasources:read' (or datasources:query for the health check).",
        "curl -s -H \"Authorization: Bearer $GRAFANA_TOKEN\" \"$GRAFANA_URL/api/datasources/uid/<uid>\"",
        "Give the service account a role with datasources:read and datasources:query (e.g. Viewer with query access, or Admin for re-testing).");
    put(m, DATASOURCE_NOT_FOUND, "Grafana has no data source with that name or uid (404 'Data source not found'; the health API answers 500 'Unable to load datasource metadata').",
        "curl -s -H \"Authorization: Bearer $GRAFANA_TOKEN\" \"$GRAFANA_URL/api/datasources\" | jq -r '.[] | select(.type==\"influxdb\") | \"\\(.uid) \\(.name)\"'",
        "Use an existing name or uid (the bot's `list` command shows them), or provision the data source.");
    put(m, GRAFANA_HEALTH_OK, "Grafana's own health check (GET /api/datasources/uid/<uid>/health) answers 200 status OK, e.g. 'datasource is working. 3 buckets found'.",
        HEALTH,
        "Nothing to fix. If panels still fail, the health check may be too lenient (see grafana_health_misleading).");
    put(m, GRAFANA_HEALTH_FAILED, "Grafana's health check answers 400 status ERROR with InfluxDB's error inside, e.g. 'unauthorized: unauthorized access error reading buckets' or 'InfluxDB returned error: authorization failed error reading influxDB'.",
        HEALTH,
        "Fix the InfluxDB-side cause the direct diagnosis names, then re-test.");
    put(m, GRAFANA_HEALTH_MISLEADING, "Grafana's health check passes while dashboards fail: InfluxQL's SHOW MEASUREMENTS 'works' with 0 measurements on a missing database or DBRP, and Flux's buckets() passes when the token reads some bucket but not the one panels use.",
        HEALTH + "\ncurl -s -H \"Authorization: Bearer $GRAFANA_TOKEN\" -H 'Content-Type: application/json' \"$GRAFANA_URL/api/ds/query\" -d '{\"queries\":[{\"refId\":\"A\",\"datasource\":{\"uid\":\"<uid>\"},\"query\":\"SHOW MEASUREMENTS\",\"rawQuery\":true}]}'",
        "Fix the database/bucket or permission the direct diagnosis names; do not rely on 'Save & test' alone.");
    put(m, VANTAGE_DISAGREEMENT, "Grafana and the bot's direct probe reach different conclusions: Grafana runs with its own stored secrets and from its own network position (a different DNS, proxy or firewall path), so one of the two sees something the other does not.",
        HEALTH + "\ncurl -si \"$INFLUX_URL/ping\"   # from Grafana's host, and from the bot's host",
        "Compare the secret fingerprints (the provisioning file vs. what Grafana stores: re-provision or re-save the data source) and the network path from Grafana's host.");
    put(m, PROVISIONING_DRIFT, "The data source as Grafana holds it differs from the provisioning file (URL, organization, bucket, database, user, version): someone edited it in the UI or the file was changed without a Grafana restart.",
        "curl -s -H \"Authorization: Bearer $GRAFANA_TOKEN\" \"$GRAFANA_URL/api/datasources/uid/<uid>\" | jq '{url,user,database,jsonData}'\ngrep -n -A15 'name: <name>' /etc/grafana/provisioning/datasources/*.yaml",
        "Decide which is right, update the provisioning file, and restart Grafana (or call the provisioning reload API) so both agree.");
    return m;
  }

  private static void put(Map<FindingCode, RunbookEntry> m, FindingCode code, String meaning, String confirm, String fix) {
    m.put(code, new RunbookEntry(code, meaning, confirm, fix));
  }
}
