package io.influxcheck.lab.scenario;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.Secret;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a scenario hands the diagnosis, once the {@link Lab} runs: settings to probe, or a data source in Grafana. */
public sealed interface ScenarioInput {

  /** Diagnose these settings directly against InfluxDB, as {@code influx-check diagnose --provisioning} does. */
  record Direct(DataSourceSettings settings) implements ScenarioInput {
    public Direct {
      Objects.requireNonNull(settings, "settings is null");
    }
  }

  /**
   * Diagnose a data source from Grafana's side.
   *
   * @param grafanaUrl the Grafana the bot calls
   * @param botToken the bot's service-account token
   * @param uid the data source's uid in Grafana
   * @param directCredentials the bot's own InfluxDB credentials for it (a direct probe and a vantage comparison), if any
   * @param provisioned the provisioning files' data sources (drift detection); empty when none are configured
   */
  record ThroughGrafana(String grafanaUrl, Secret botToken, String uid, Optional<DataSourceSettings> directCredentials,
      List<DataSourceSettings> provisioned) implements ScenarioInput {
    public ThroughGrafana {
      Objects.requireNonNull(grafanaUrl, "grafanaUrl is null");
      Objects.requireNonNull(botToken, "botToken is null");
      Objects.requireNonNull(uid, "uid is null");
      directCredentials = directCredentials == null ? Optional.empty() : directCredentials;
      provisioned = List.copyOf(provisioned);
    }
  }
}
