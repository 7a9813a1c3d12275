package io.influxcheck.core.diagnosis;

import io.influxcheck.config.DataSourceSettings;

/**
 * Writes the fixes: the exact YAML change to the data source's provisioning entry and, where it
 * helps, a ready-to-run {@code influx} command filled in with the names and IDs found. Secrets appear
 * only as placeholders such as {@code ${INFLUX_TOKEN}}.
 */
final class Remedies {
  private final DataSourceSettings ds;
  private final String url;

  Remedies(DataSourceSettings ds, String safeUrl) {
    this.ds = ds;
    this.url = safeUrl;
  }

  private String header() {
    return "# " + ds.origin() + ": data source \"" + ds.name() + "\"\n";
  }

  private String org() {
    return ds.organization().isEmpty() ? "<org>" : ds.organization();
  }

  private String bucket() {
    return ds.defaultBucket().isEmpty() ? "<bucket>" : ds.defaultBucket();
  }

  private String database() {
    return ds.database().isEmpty() ? "<database>" : ds.database();
  }

  private static String orgFlag(String orgId, String orgName) {
    return orgId.isEmpty() ? "--org " + quote(orgName) : "--org-id " + orgId;
  }

  static String quote(String value) {
    return value.matches("[A-Za-z0-9_.:/-]+|<[a-z-]+>") ? value : "'" + value.replace("'", "'\\''") + "'";
  }

  /** A new read token for the bucket, set in secureJsonData.token. */
  Fix newReadToken(String why, String orgId, String bucketId) {
    String bucketFlag = bucketId.isEmpty()
        ? "--read-bucket \"$(influx bucket list " + orgFlag(orgId, org()) + " --name " + quote(bucket()) + " --hide-headers | cut -f1)\""
        : "--read-bucket " + bucketId;
    String command = "influx auth create " + orgFlag(orgId, org()) + " " + bucketFlag + " --description grafana";
    String yaml = header() + "secureJsonData:\n  token: ${INFLUX_TOKEN}   # the token printed by the command\n";
    return new Fix(why, yaml, command);
  }

  Fix replaceToken(String why) {
    String yaml = header() + "secureJsonData:\n  token: ${INFLUX_TOKEN}   # an active API token with read access to " + bucket() + "\n";
    String command = "influx auth list " + orgFlag("", org()) + "   # find a valid token, or create one:\n"
        + "influx auth create " + orgFlag("", org()) + " --read-buckets --description grafana";
    return new Fix(why, yaml, command);
  }

  Fix activateToken() {
    String command = "influx auth list " + orgFlag("", org()) + "   # note the ID of the token Grafana uses\n"
        + "influx auth active --id <auth-id>";
    return new Fix("Re-enable the token (or set a different, active token in the data source).", "", command);
  }

  Fix setOrganization(String suggestion) {
    String value = suggestion.isEmpty() ? "<org>   # an organization name from `influx org list`" : suggestion;
    return new Fix("Set jsonData.organization to an existing organization name (or its 16-hex ID).",
        header() + "jsonData:\n  organization: " + value + "\n", "influx org list");
  }

  Fix setBucket(String suggestion, String orgId) {
    String value = suggestion.isEmpty() ? "<bucket>   # a bucket name from `influx bucket list`" : suggestion;
    return new Fix("Point the data source (and the dashboards' from(bucket:)) at an existing bucket, or create it.",
        header() + "jsonData:\n  defaultBucket: " + value + "\n",
        "influx bucket list " + orgFlag(orgId, org()) + "\n"
            + "influx bucket create " + orgFlag(orgId, org()) + " --name " + quote(bucket()) + "   # only if it should exist");
  }

  Fix switchToInfluxql(String why) {
    String yaml = header() + "jsonData:\n  version: InfluxQL\n  dbName: " + database() + "\n  httpMode: GET\n"
        + "user: <influx-user>\nsecureJsonData:\n  password: ${INFLUX_PASSWORD}\n";
    return new Fix(why, yaml, "");
  }

  Fix switchToSql(String why) {
    String yaml = header() + "jsonData:\n  version: SQL\n  dbName: " + database() + "\nsecureJsonData:\n  token: ${INFLUX_TOKEN}\n";
    return new Fix(why, yaml, "influxdb3 create token --admin   # or a resource token with read on " + database());
  }

  Fix switchToFlux(String why) {
    String yaml = header() + "jsonData:\n  version: Flux\n  organization: " + org() + "\n  defaultBucket: " + bucket()
        + "\nsecureJsonData:\n  token: ${INFLUX_TOKEN}\n";
    return new Fix(why, yaml, "influx auth create " + orgFlag("", org()) + " --read-buckets --description grafana");
  }

  Fix enableFlux() {
    return new Fix("Enable Flux on InfluxDB 1.8 ([http] flux-enabled = true, or INFLUXDB_HTTP_FLUX_ENABLED=true) and restart it,"
        + " or switch the data source to InfluxQL.",
        header() + "# alternative: query with InfluxQL instead\njsonData:\n  version: InfluxQL\n  dbName: " + database() + "\n",
        "sudo sed -i 's/^ *# *flux-enabled = false/  flux-enabled = true/' /etc/influxdb/influxdb.conf && sudo systemctl restart influxdb");
  }

  Fix v1AuthOnV2(String orgId, String bucketId) {
    String bucketFlag = bucketId.isEmpty() ? "--read-bucket <bucket-id>   # from `influx bucket list`" : "--read-bucket " + bucketId;
    String command = "influx v1 auth create " + orgFlag(orgId, org()) + " --username " + quote(userName()) + " --password \"${INFLUX_PASSWORD}\" " + bucketFlag;
    String yaml = header() + "user: " + userName() + "\nsecureJsonData:\n  password: ${INFLUX_PASSWORD}\n"
        + "# or keep InfluxQL and send a 2.x token instead of basic auth:\n"
        + "# jsonData:\n#   httpHeaderName1: Authorization\n# secureJsonData:\n#   httpHeaderValue1: Token ${INFLUX_TOKEN}\n";
    return new Fix("InfluxDB 2.x only accepts v1-compatible users (influx v1 auth) or an API token on /query.", yaml, command);
  }

  Fix createDbrp(String orgId, String bucketId) {
    String bucketFlag = bucketId.isEmpty() ? "--bucket-id <bucket-id>   # from `influx bucket list`" : "--bucket-id " + bucketId;
    String command = "influx v1 dbrp create " + orgFlag(orgId, org()) + " --db " + quote(database()) + " --rp autogen --default " + bucketFlag;
    return new Fix("Map the database to a bucket the credentials can read (or set dbName to a bucket's name).",
        header() + "jsonData:\n  dbName: " + database() + "   # must be mapped to a bucket (DBRP)\n", command);
  }

  Fix v1Credentials(String why) {
    String user = userName();
    String yaml = header() + (ds.basicAuth()
        ? "basicAuth: true\nbasicAuthUser: " + user + "\nsecureJsonData:\n  basicAuthPassword: ${INFLUX_PASSWORD}\n"
        : "user: " + user + "\nsecureJsonData:\n  password: ${INFLUX_PASSWORD}\n");
    String command = "influx -username admin -password \"${INFLUX_ADMIN_PASSWORD}\" -execute "
        + "\"SET PASSWORD FOR \\\"" + user + "\\\" = '${INFLUX_PASSWORD}'\"";
    return new Fix(why, yaml, command);
  }

  Fix grantRead() {
    String command = "influx -username admin -password \"${INFLUX_ADMIN_PASSWORD}\" -execute "
        + "'GRANT READ ON \"" + database() + "\" TO \"" + userName() + "\"'";
    return new Fix("Grant the data source's user READ on the database.", "", command);
  }

  Fix setDatabase(String suggestion) {
    String value = suggestion.isEmpty() ? "<database>   # a name from SHOW DATABASES" : suggestion;
    return new Fix("Set jsonData.dbName to an existing database.", header() + "jsonData:\n  dbName: " + value + "\n",
        "influx -username " + quote(userName()) + " -password \"${INFLUX_PASSWORD}\" -execute 'SHOW DATABASES'");
  }

  Fix enableV1Auth() {
    return new Fix("Turn authentication on so the credentials mean something: create an admin user, then set"
        + " [http] auth-enabled = true (INFLUXDB_HTTP_AUTH_ENABLED=true) and restart InfluxDB.", "",
        "influx -execute \"CREATE USER admin WITH PASSWORD '${INFLUX_ADMIN_PASSWORD}' WITH ALL PRIVILEGES\"");
  }

  Fix setUrl() {
    return new Fix("Set the data source URL to InfluxDB's base URL (scheme, host and port).",
        header() + "url: http://influxdb:8086\n", "");
  }

  Fix checkNetwork(String why) {
    return new Fix(why, header() + "url: " + url + "   # must be reachable from Grafana's host\n",
        "curl -sS -o /dev/null -w '%{http_code}\\n' " + quote(url.replaceAll("[?#].*$", "").replaceAll("/+$", "") + "/ping"));
  }

  Fix setToken() {
    return new Fix("Put the API token in secureJsonData.token, from an environment variable.",
        header() + "secureJsonData:\n  token: ${INFLUX_TOKEN}\n", "");
  }

  String userName() {
    String user = ds.basicAuth() ? ds.basicAuthUser() : ds.user();
    return user.isEmpty() ? "grafana" : user;
  }
}
