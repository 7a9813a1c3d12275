package io.influxcheck.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole of influx-check.yaml, validated. An absent section means "not configured": no Slack
 * adapter without {@code slack}, no Grafana API without {@code grafana}.
 *
 * @param file the file this was read from; empty when no file exists and these are the defaults
 * @param probes probe limits
 * @param provisioning Grafana provisioning files or folders, resolved against the config file's folder
 * @param grafana Grafana instances, names unique
 * @param datasources direct InfluxDB credentials by data source
 * @param slack the Slack app, when configured
 * @param discord the Discord bot, when configured
 * @param log logging
 * @param runbookUrl the team's published copy of the runbook; chat findings link to {@code runbookUrl#code}.
 *     Empty: they point to {@code /influx-check runbook CODE} instead
 */
public record InfluxCheckConfig(
    Optional<Path> file,
    ProbeSettings probes,
    List<Path> provisioning,
    List<GrafanaTarget> grafana,
    List<DataSourceCredentials> datasources,
    Optional<SlackSettings> slack,
    Optional<DiscordSettings> discord,
    LogSettings log,
    Optional<URI> runbookUrl) {

  public InfluxCheckConfig {
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(probes, "probes is null");
    provisioning = List.copyOf(provisioning);
    grafana = List.copyOf(grafana);
    datasources = List.copyOf(datasources);
    Objects.requireNonNull(slack, "slack is null");
    Objects.requireNonNull(discord, "discord is null");
    Objects.requireNonNull(log, "log is null");
    Objects.requireNonNull(runbookUrl, "runbookUrl is null");
  }

  /** Without a runbook URL. */
  public InfluxCheckConfig(Optional<Path> file, ProbeSettings probes, List<Path> provisioning, List<GrafanaTarget> grafana,
      List<DataSourceCredentials> datasources, Optional<SlackSettings> slack, Optional<DiscordSettings> discord,
      LogSettings log) {
    this(file, probes, provisioning, grafana, datasources, slack, discord, log, Optional.empty());
  }

  /** What influx-check runs with when no configuration file exists. */
  public static InfluxCheckConfig defaults() {
    return new InfluxCheckConfig(Optional.empty(), ProbeSettings.DEFAULTS, List.of(), List.of(), List.of(),
        Optional.empty(), Optional.empty(), LogSettings.DEFAULTS);
  }

  /** The direct credentials for a data source: a uid match wins over a name match. */
  public Optional<DataSourceCredentials> credentialsFor(DataSourceSettings settings) {
    return datasources.stream()
        .filter(c -> c.match().by() == DataSourceCredentials.MatchBy.UID && c.matches(settings))
        .findFirst()
        .or(() -> datasources.stream().filter(c -> c.matches(settings)).findFirst());
  }

  /** The Grafana instance with this name (case-insensitive). */
  public Optional<GrafanaTarget> grafana(String name) {
    return grafana.stream().filter(g -> g.name().equalsIgnoreCase(name)).findFirst();
  }

  public boolean isSlackConfigured() {
    return slack.isPresent();
  }

  public boolean isDiscordConfigured() {
    return discord.isPresent();
  }
}
