package io.influxcheck.core.grafana;

import io.influxcheck.config.DataSourceSettings;
import java.util.Optional;

/**
 * The bot's own InfluxDB credentials for a data source, configured per data source (matched by uid
 * or name). Given Grafana's live settings (which never carry secrets), returns the settings to probe
 * InfluxDB directly with the bot's credentials, or empty when none are configured.
 */
@FunctionalInterface
public interface DirectCredentials {
  DirectCredentials NONE = live -> Optional.empty();

  Optional<DataSourceSettings> directSettings(DataSourceSettings live);
}
