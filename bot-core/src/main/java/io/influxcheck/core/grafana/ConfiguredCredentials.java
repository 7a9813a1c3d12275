package io.influxcheck.core.grafana;

import io.influxcheck.config.DataSourceCredentials;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.config.SettingsOrigin;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code datasources:} entries of influx-check.yaml as {@link DirectCredentials}: Grafana's live
 * settings (language, organization, bucket, database) with the bot's own token or user/password, and
 * the entry's URL when it overrides Grafana's.
 */
public final class ConfiguredCredentials implements DirectCredentials {
  private final InfluxCheckConfig config;

  public ConfiguredCredentials(InfluxCheckConfig config) {
    this.config = config;
  }

  @Override
  public Optional<DataSourceSettings> directSettings(DataSourceSettings live) {
    return config.credentialsFor(live).map(credentials -> withBotCredentials(live, credentials));
  }

  static DataSourceSettings withBotCredentials(DataSourceSettings live, DataSourceCredentials credentials) {
    DataSourceSettings.Builder direct = live.toBuilder()
        .token(credentials.token())
        .password(credentials.password())
        .basicAuth(false)
        .basicAuthUser("")
        .customHeaders(java.util.List.of())
        .storedSecrets(Set.of())
        .origin(new SettingsOrigin(SettingsOrigin.Kind.CONFIG, "influx-check.yaml datasources (" + credentials.match() + ")", 0));
    if (!credentials.user().isEmpty()) {
      direct.user(credentials.user());
    }
    credentials.url().ifPresent(url -> direct.url(url.toString()));
    return direct.build();
  }
}
