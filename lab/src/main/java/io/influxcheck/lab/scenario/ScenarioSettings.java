package io.influxcheck.lab.scenario;

import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.config.SettingsOrigin;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Data-source settings as a provisioning file would give them, for the direct scenarios: each secret
 * is marked stored ({@code secureJsonFields}) exactly when it holds a value, as the provisioning loader does.
 */
final class ScenarioSettings {
  private ScenarioSettings() {
  }

  static DataSourceSettings.Builder base(String scenario, String url) {
    return DataSourceSettings.builder(scenario).uid(scenario).url(url)
        .origin(new SettingsOrigin(SettingsOrigin.Kind.CONFIG, "lab scenario " + scenario, 0));
  }

  static DataSourceSettings flux(String scenario, String url, String org, String bucket, String token) {
    return finish(base(scenario, url).queryLanguage(QueryLanguage.FLUX).organization(org).defaultBucket(bucket)
        .httpMode("POST").token(secret(token)));
  }

  static DataSourceSettings influxql(String scenario, String url, String database, String user, String password) {
    return finish(base(scenario, url).queryLanguage(QueryLanguage.INFLUXQL).database(database).user(user)
        .password(secret(password)));
  }

  static DataSourceSettings sql(String scenario, String url, String database, String token) {
    return finish(base(scenario, url).queryLanguage(QueryLanguage.SQL).database(database).token(secret(token)));
  }

  /** Builds, marking every non-empty secret as stored. */
  static DataSourceSettings finish(DataSourceSettings.Builder builder) {
    DataSourceSettings built = builder.build();
    Set<String> stored = new LinkedHashSet<>();
    if (!built.token().isEmpty()) {
      stored.add("token");
    }
    if (!built.password().isEmpty()) {
      stored.add("password");
    }
    if (!built.basicAuthPassword().isEmpty()) {
      stored.add("basicAuthPassword");
    }
    for (CustomHeader header : built.customHeaders()) {
      if (!header.value().isEmpty()) {
        stored.add("httpHeaderValue" + header.index());
      }
    }
    return built.toBuilder().storedSecrets(stored).build();
  }

  private static Secret secret(String value) {
    return value == null ? Secret.empty() : Secret.of(value, "lab");
  }
}
