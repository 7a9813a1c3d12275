package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.FindingCode.*;

import java.util.EnumMap;
import java.util.Map;

/** Runbook text of the findings about InfluxDB itself and the data source's settings. */
final class InfluxRunbook {
  private InfluxRunbook() {
  }

  private static final String PING = "curl -si \"$INFLUX_URL/ping\" | grep -i '^HTTP\\|x-influxdb'";

  static Map<FindingCode, RunbookEntry> entries() {
    Map<FindingCode, RunbookEntry> m = new EnumMap<>(FindingCode.class);
    put(m, SERVER_DETECTED, "The server answered /ping or /health and said which product and version it is (X-Influxdb-Version, X-Influxdb-Build, or InfluxDB 3's /ping JSON). Context, not a problem.",
        PING + "\ncurl -s \"$INFLUX_URL/health\"",
        "Nothing to fix. Match the data source's query language to it: Flux for 2.x, InfluxQL for 1.x (or 2.x with DBRP), SQL for InfluxDB 3.");
    put(m, INFLUX_UNREACHABLE, "No TCP connection to the data source URL: wrong host or port, InfluxDB down, or a firewall. Proves nothing about credentials.",
        "curl -sS -o /dev/null -w '%{http_code}\\n' \"$INFLUX_URL/ping\"   # from Grafana's host",
        "Start InfluxDB or correct the URL's host and port; open the firewall from Grafana's host. Then diagnose again.");
    put(m, INFLUX_TIMEOUT, "The connection opened (or not) but no complete answer came within the time limit: overload, packet-dropping firewall, or a port that never speaks HTTP.",
        "time curl -sS -m 10 -o /dev/null -w '%{http_code}\\n' \"$INFLUX_URL/ping\"",
        "Check InfluxDB's load and logs and the network path from Grafana; make sure the port is InfluxDB's HTTP port (8086 by default).");
    put(m, INFLUX_TLS_ERROR, "The TLS handshake failed: an https:// URL on a plain-HTTP port, a self-signed or expired certificate, or a host name the certificate does not cover.",
        "curl -sv \"$INFLUX_URL/ping\" 2>&1 | grep -i 'ssl\\|tls\\|certificate'\nopenssl s_client -connect influxdb:8086 -servername influxdb </dev/null",
        "Use http:// if InfluxDB serves plain HTTP; otherwise install a certificate Grafana trusts (jsonData.tlsAuthWithCACert + secureJsonData.tlsCACert). jsonData.tlsSkipVerify: true only as a stop-gap.");
    put(m, INFLUX_UNEXPECTED_RESPONSE, "The answer cannot be InfluxDB's: an HTML page from a proxy or login portal, a 5xx, a body that is not JSON/CSV, cut short, or far larger than InfluxDB would send. An unrecognised answer is never treated as healthy.",
        "curl -si \"$INFLUX_URL/ping\"\ncurl -si -H \"Authorization: Token $INFLUX_TOKEN\" \"$INFLUX_URL/api/v2/buckets?limit=1\" | head -20",
        "Point the URL straight at InfluxDB (right host, port and path prefix) or fix the reverse proxy in front of it; read InfluxDB's log for the failing request.");
    put(m, URL_MISSING, "The data source has no URL or one that is not an absolute http(s) URL; Grafana fails with 'missing URL from datasource configuration'.",
        "grep -n 'url:' /etc/grafana/provisioning/datasources/*.yaml",
        "Set url: to InfluxDB's base URL, e.g. http://influxdb:8086.");
    put(m, QUERY_LANGUAGE_UNKNOWN, "jsonData.version is not Flux, InfluxQL or SQL; Grafana answers 'unknown influx version'.",
        "grep -n 'version:' /etc/grafana/provisioning/datasources/*.yaml",
        "Set jsonData.version to Flux (InfluxDB 2.x), InfluxQL (1.x, or 2.x with DBRP mappings) or SQL (InfluxDB 3).");
    put(m, TOKEN_MISSING, "Flux/SQL mode with an empty secureJsonData.token: Grafana sends no Authorization header and InfluxDB answers 401 unauthorized access.",
        "curl -si -X POST \"$INFLUX_URL/api/v2/query?org=$INFLUX_ORG\" -H 'Content-Type: application/json' -d '{\"query\":\"buckets()\",\"type\":\"flux\"}'",
        "Set secureJsonData.token: ${INFLUX_TOKEN} and export INFLUX_TOKEN where Grafana runs; create a read token with `influx auth create --org <org> --read-bucket <bucket-id> --description grafana`.");
    put(m, TOKEN_INVALID, "InfluxDB does not know the token (401 {\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}): mistyped, deleted, rotated, or from another instance. Also: a custom Authorization header with a scheme InfluxDB does not accept.",
        "curl -s -H \"Authorization: Token $INFLUX_TOKEN\" \"$INFLUX_URL/api/v2/buckets?limit=1\"",
        "Put a valid token in secureJsonData.token (compare fingerprints with the one the report shows); create one with `influx auth create --org <org> --read-bucket <bucket-id> --description grafana`.");
    put(m, TOKEN_INACTIVE, "The token exists but is disabled (or its user is inactive). InfluxDB 2.x lets it in, then every permission check fails with 'token is inactive', so buckets() sees nothing.",
        "curl -s -H \"Authorization: Token $INFLUX_TOKEN\" \"$INFLUX_URL/api/v2/me\"   # 401 token is inactive\ninflux auth list --org \"$INFLUX_ORG\"",
        "influx auth active --id <auth-id>, or set a different, active token in the data source.");
    put(m, TOKEN_NO_READ_PERMISSION, "The token is valid but may not read the bucket (or any bucket in the org, e.g. a token of another org). InfluxDB 2.x hides it: Flux says 'could not find bucket' as if it did not exist; the buckets API answers 200 with [] instead of 404.",
        "curl -s -H \"Authorization: Token $INFLUX_TOKEN\" \"$INFLUX_URL/api/v2/buckets?org=$INFLUX_ORG&name=$INFLUX_BUCKET\"   # 200 [] = exists, unreadable; 404 = missing",
        "Create a read token for the bucket: `influx auth create --org-id <org-id> --read-bucket <bucket-id> --description grafana`, and set it as secureJsonData.token.");
    put(m, ORG_MISSING, "Flux mode with no jsonData.organization: Grafana refuses before sending anything ('missing organization in datasource configuration').",
        "grep -n 'organization:' /etc/grafana/provisioning/datasources/*.yaml",
        "Set jsonData.organization to the organization name (or 16-hex ID); `influx org list` shows them.");
    put(m, ORG_NOT_FOUND, "No organization of that name (names are case-sensitive): /api/v2/query answers 400 'failed to decode request body: organization name \"x\" not found'.",
        "curl -s -H \"Authorization: Token $INFLUX_TOKEN\" \"$INFLUX_URL/api/v2/orgs\" | jq -r '.orgs[].name'",
        "Set jsonData.organization to an existing name from `influx org list`.");
    put(m, BUCKET_NOT_FOUND, "The bucket does not exist in that organization: the buckets API answers 404 'bucket \"x\" not found' (an unreadable one would answer 200 with []).",
        "curl -s -H \"Authorization: Token $INFLUX_TOKEN\" \"$INFLUX_URL/api/v2/buckets?org=$INFLUX_ORG&name=$INFLUX_BUCKET\"",
        "Fix jsonData.defaultBucket and the dashboards' from(bucket:) to an existing bucket (`influx bucket list --org <org>`), or create it.");
    put(m, FLUX_NOT_SUPPORTED, "The server has no Flux: InfluxDB 1.x before 1.8 (404 on /api/v2/query) or InfluxDB 3 (Flux is not in 3.x).",
        PING + "\ncurl -si -X POST \"$INFLUX_URL/api/v2/query?org=x\" -H \"Authorization: Token $INFLUX_TOKEN\" -d '{}' | head -1",
        "Switch the data source to InfluxQL (1.x) or SQL (InfluxDB 3), or upgrade to a server that speaks Flux.");
    put(m, FLUX_DISABLED, "InfluxDB 1.8 with flux-enabled = false answers 403 'Flux query service disabled. Verify flux-enabled=true in the [http] section of the InfluxDB config.'",
        "curl -si -X POST \"$INFLUX_URL/api/v2/query\" -H \"Authorization: Token $INFLUX_USER:$INFLUX_PASSWORD\" -d '{}' | head -5",
        "Set flux-enabled = true in [http] of influxdb.conf (or INFLUXDB_HTTP_FLUX_ENABLED=true) and restart, or use InfluxQL.");
    put(m, INFLUXQL_AUTH_ON_V2, "InfluxQL against InfluxDB 2.x with a user/password that is not a v1-compatible authorization (an ordinary 2.x login, a user left from a 1.x upgrade, or a wrong v1 password): /query answers 401 {\"code\":\"unauthorized\",\"message\":\"Unauthorized\"}.",
        "curl -s -G \"$INFLUX_URL/query\" -u \"$INFLUX_USER:$INFLUX_PASSWORD\" --data-urlencode 'q=SHOW DATABASES'\ninflux v1 auth list",
        "Create a v1 authorization: `influx v1 auth create --org <org> --username grafana --password \"$INFLUX_PASSWORD\" --read-bucket <bucket-id>`; or send a token (jsonData.httpHeaderName1: Authorization, secureJsonData.httpHeaderValue1: Token ${INFLUX_TOKEN}); or switch to Flux.");
    put(m, DBRP_MISSING, "InfluxQL on InfluxDB 2.x reads buckets through DBRP mappings. No (readable) mapping for the database: SELECT gives 200 'database not found: <db>' while SHOW MEASUREMENTS quietly returns nothing, so Grafana's health check passes.",
        "curl -s -G \"$INFLUX_URL/query\" -H \"Authorization: Token $INFLUX_TOKEN\" --data-urlencode \"db=$INFLUX_DB\" --data-urlencode 'q=SELECT * FROM \"x\" LIMIT 1'\ninflux v1 dbrp list --org <org>",
        "`influx v1 dbrp create --org <org> --db <db> --rp autogen --default --bucket-id <bucket-id>`, or set dbName to a bucket's name (buckets have virtual mappings).");
    put(m, SQL_NOT_SUPPORTED, "SQL mode (FlightSQL) works only against InfluxDB 3; this server is 1.x or 2.x.",
        PING,
        "Switch the data source to Flux (2.x) or InfluxQL (1.x, or 2.x with DBRP).");
    put(m, V1_CREDENTIALS_MISSING, "Authentication is on and Grafana sends no user: 1.x answers 401 'unable to parse authentication credentials', 2.x answers 401 'unauthorized access'.",
        "curl -s -G \"$INFLUX_URL/query\" --data-urlencode 'q=SHOW DATABASES'",
        "Set user: and secureJsonData.password: ${INFLUX_PASSWORD} (or basicAuth/basicAuthUser/basicAuthPassword).");
    put(m, V1_BAD_CREDENTIALS, "InfluxDB 1.x rejects the user or password: 401 {\"error\":\"authorization failed\"} (also: a 2.x API token sent to 1.8's Flux endpoint, which expects 'user:password').",
        "curl -s -G \"$INFLUX_URL/query\" -u \"$INFLUX_USER:$INFLUX_PASSWORD\" --data-urlencode 'q=SHOW DATABASES'",
        "Set the right password, or reset it: influx -username admin -password \"$INFLUX_ADMIN_PASSWORD\" -execute \"SET PASSWORD FOR \\\"<user>\\\" = '<new>'\".");
    put(m, V1_NO_READ_PERMISSION, "The user authenticates but lacks READ on the database: 403 'error authorizing query: <user> not authorized to execute statement 'SHOW MEASUREMENTS', requires READ on <db>'.",
        "curl -s -G \"$INFLUX_URL/query\" -u \"$INFLUX_USER:$INFLUX_PASSWORD\" --data-urlencode \"db=$INFLUX_DB\" --data-urlencode 'q=SHOW MEASUREMENTS'",
        "GRANT READ ON \"<db>\" TO \"<user>\" (as an admin), or use a user that has it.");
    put(m, V1_DATABASE_NOT_FOUND, "The database does not exist (or no database is configured). SHOW MEASUREMENTS on a missing database answers 200 with nothing, so Grafana says 'datasource is working. 0 measurements found'; a SELECT reveals 'database not found: <db>'.",
        "curl -s -G \"$INFLUX_URL/query\" -u \"$INFLUX_USER:$INFLUX_PASSWORD\" --data-urlencode 'q=SHOW DATABASES'",
        "Set jsonData.dbName to an existing database (names are case-sensitive), or create it.");
    put(m, V1_AUTH_DISABLED, "InfluxDB 1.x accepted a deliberately wrong password: authentication is off (auth-enabled = false, or no admin user exists). Everything works, but credentials are meaningless and anyone reaching the port can read and write.",
        "curl -s -G \"$INFLUX_URL/query\" -u nobody:wrong --data-urlencode 'q=SHOW DATABASES'   # 200 = auth off",
        "Create an admin user, set auth-enabled = true in [http] (INFLUXDB_HTTP_AUTH_ENABLED=true), restart, and give Grafana its own READ-only user.");
    put(m, SECRET_IN_JSONDATA, "A token or password sits in plain jsonData: Grafana's API returns jsonData to every viewer and it lands in Git; Grafana also does not read credentials from there.",
        "grep -nE 'token|password' /etc/grafana/provisioning/datasources/*.yaml",
        "Move it to secureJsonData from an environment variable (token: ${INFLUX_TOKEN}) and rotate the exposed secret.");
    put(m, SECRET_ENV_UNRESOLVED, "The provisioning file references an environment variable that is not set where Grafana reads it, so the secret is provisioned empty.",
        "sudo cat /proc/$(pgrep -f grafana-server | head -1)/environ | tr '\\0' '\\n' | cut -d= -f1 | grep INFLUX",
        "Export the variable in Grafana's environment (systemd Environment=, container env) and restart Grafana so provisioning re-reads it.");
    put(m, QUERY_OK, "Grafana's own health query, replayed directly, succeeded; the report says what it returned (N buckets or N measurements).",
        "curl -s -X POST \"$INFLUX_URL/api/v2/query?org=$INFLUX_ORG\" -H \"Authorization: Token $INFLUX_TOKEN\" -H 'Content-Type: application/json' -d '{\"query\":\"buckets()\",\"type\":\"flux\"}'",
        "Nothing to fix on InfluxDB's side; if panels still fail, compare with Grafana's view (re-test) and the panels' buckets/databases.");
    return m;
  }

  private static void put(Map<FindingCode, RunbookEntry> m, FindingCode code, String meaning, String confirm, String fix) {
    m.put(code, new RunbookEntry(code, meaning, confirm, fix));
  }
}
