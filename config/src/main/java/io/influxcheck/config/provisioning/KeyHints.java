package io.influxcheck.config.provisioning;

import io.influxcheck.config.ClosestNames;
import io.influxcheck.config.yaml.YamlNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grafana ignores keys it does not know in a provisioning file, and so does influx-check; but a key that is a
 * near miss of one Grafana's InfluxDB data source reads ({@code urll}, {@code jsonData.verison}) silently changes
 * what Grafana does, so it gets a note naming the file, line and the key meant. Keys that are not close to a known
 * one (other plugins' settings, Grafana options influx-check does not need) get no note.
 */
final class KeyHints {
  /** Entry keys of Grafana's provisioning format (apiVersion 1), read or not by influx-check. */
  static final Set<String> ENTRY_KEYS = Set.of("name", "type", "uid", "url", "access", "database", "user", "basicAuth",
      "basicAuthUser", "withCredentials", "isDefault", "jsonData", "secureJsonData", "version", "editable", "orgId",
      "readOnly", "password", "basicAuthPassword");
  /** jsonData keys of the InfluxDB data source that influx-check reads or that Grafana's UI writes. */
  static final Set<String> JSON_DATA_KEYS = Set.of("version", "organization", "defaultBucket", "dbName", "httpMode",
      "tlsSkipVerify", "tlsAuth", "tlsAuthWithCACert", "timeInterval", "maxSeries", "keepCookies", "timeout",
      "oauthPassThru", "serverName", "product", "insecureGrpc", "manageAlerts", "httpHeaderName1");
  static final Set<String> SECURE_JSON_DATA_KEYS = Set.of("token", "password", "basicAuthPassword", "httpHeaderValue1",
      "tlsCACert", "tlsClientCert", "tlsClientKey");

  private final String file;

  KeyHints(String file) {
    this.file = file;
  }

  void check(YamlNode.Mapping entry, String path, List<String> notes) {
    check(entry, path, ENTRY_KEYS, notes);
    nested(entry, "jsonData", path, JSON_DATA_KEYS, notes);
    nested(entry, "secureJsonData", path, SECURE_JSON_DATA_KEYS, notes);
  }

  private void nested(YamlNode.Mapping entry, String key, String path, Set<String> known, List<String> notes) {
    if (entry.get(key).orElse(null) instanceof YamlNode.Mapping mapping) {
      check(mapping, path + "." + key, known, notes);
    }
  }

  private void check(YamlNode.Mapping mapping, String path, Set<String> known, List<String> notes) {
    for (YamlNode.Entry e : mapping.entries()) {
      String key = e.key();
      if (known.contains(key) || key.matches("httpHeader(Name|Value)\\d+")) {
        continue;
      }
      // Grafana's plugin decodes jsonData with Go's case-insensitive JSON matching: a case-only difference is no typo.
      Optional<String> meant = ClosestNames.best(key, known).filter(k -> !k.equalsIgnoreCase(key));
      meant.ifPresent(k -> notes.add(file + ":" + e.keyLine() + ": " + path + "." + key + ": not a key Grafana reads, so it is"
          + " ignored (by Grafana too); did you mean '" + k + "'?"));
    }
  }
}
