package io.influxcheck.core.grafana;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;

/** The fix for a root cause seen from Grafana's side, phrased as a change to Grafana's data source. */
final class GrafanaCauseFixes {
  private GrafanaCauseFixes() { }

  static Fix forCause(FindingCode cause, DataSourceSettings live, String link) {
    String edit = link.isEmpty() ? "the data source in Grafana" : link;
    String org = live.organization().isEmpty() ? "<org>" : live.organization();
    String bucket = live.defaultBucket().isEmpty() ? "<bucket>" : live.defaultBucket();
    return switch (cause) {
      case TOKEN_INVALID, TOKEN_MISSING -> new Fix("Create a read token for the bucket and paste it into Token in " + edit + ".",
          "secureJsonData:\n  token: ${INFLUX_TOKEN}", "influx auth create --org " + org + " --read-bucket <bucket-id> --description grafana");
      case TOKEN_INACTIVE -> new Fix("Activate the token, or create a new one and store it in " + edit + ".", "",
          "influx auth active --id <auth-id>");
      case TOKEN_NO_READ_PERMISSION -> new Fix("Give Grafana's token read access to the bucket (a token of org " + org + "), and store it in " + edit + ".",
          "", "influx auth create --org " + org + " --read-bucket <bucket-id> --description grafana");
      case ORG_NOT_FOUND, ORG_MISSING -> new Fix("Set Organization in " + edit + " to the exact org name (case-sensitive).",
          "jsonData:\n  organization: <org>", "influx org list");
      case BUCKET_NOT_FOUND -> new Fix("Set Default Bucket in " + edit + " to a bucket Grafana's token can read.",
          "jsonData:\n  defaultBucket: " + bucket, "influx bucket list --org " + org);
      case DBRP_MISSING -> new Fix("Map the database to its bucket so InfluxQL can read it.", "",
          "influx v1 dbrp create --db " + (live.database().isEmpty() ? "<db>" : live.database()) + " --rp autogen --bucket-id <bucket-id> --default");
      case INFLUXQL_AUTH_ON_V2 -> new Fix("InfluxDB 2.x does not know this user: switch " + edit
          + " to Flux with a token, or create a v1 user (`influx v1 auth create`), or send `Authorization: Token ...` as a custom header.",
          "jsonData:\n  version: Flux\n  organization: <org>\n  defaultBucket: <bucket>\nsecureJsonData:\n  token: ${INFLUX_TOKEN}", "");
      case V1_BAD_CREDENTIALS, V1_CREDENTIALS_MISSING -> Fix.of("Set the right User and Password in " + edit + ".");
      case V1_NO_READ_PERMISSION -> new Fix("Grant the user READ on the database.", "",
          "influx -execute \"GRANT READ ON " + (live.database().isEmpty() ? "<db>" : live.database()) + " TO <user>\"");
      case V1_DATABASE_NOT_FOUND -> Fix.of("Set Database in " + edit + " to an existing database (SHOW DATABASES).");
      case FLUX_NOT_SUPPORTED, FLUX_DISABLED, SQL_NOT_SUPPORTED, QUERY_LANGUAGE_UNKNOWN ->
          Fix.of("Set Query language in " + edit + " to one the server speaks (1.x: InfluxQL; 2.x: Flux or InfluxQL; 3.x: SQL or InfluxQL).");
      case INFLUX_UNREACHABLE, INFLUX_TIMEOUT -> Fix.of("Check the URL in " + edit + " and that Grafana's host can reach InfluxDB (DNS, firewall, port).");
      case INFLUX_TLS_ERROR -> Fix.of("Fix the certificate, or set the CA certificate / Skip TLS Verify in " + edit + ".");
      case URL_MISSING -> Fix.of("Set URL in " + edit + ".");
      default -> Fix.of("See the runbook entry " + cause.anchor() + ".");
    };
  }
}
