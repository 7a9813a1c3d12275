package io.influxcheck.lab.scenario;

import io.influxcheck.config.Secret;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.InfluxDiagnoser;
import io.influxcheck.core.directory.DataSourceDirectory;
import io.influxcheck.core.grafana.DirectCredentials;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.core.grafana.GrafanaRetestService;
import io.influxcheck.core.grafana.GrafanaSideDiagnoser;
import io.influxcheck.core.grafana.PingServerDetector;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.lab.grafana.GrafanaDataSource;
import io.influxcheck.lab.grafana.GrafanaSimulator;
import io.influxcheck.lab.grafana.GrafanaState;
import io.influxcheck.lab.grafana.ServiceAccount;
import io.influxcheck.lab.influx.InfluxV2Simulator;
import io.influxcheck.lab.influx.InfluxV2State;
import io.influxcheck.lab.influx.V2Bucket;
import io.influxcheck.lab.influx.V2Org;
import io.influxcheck.lab.influx.V2Permission;
import io.influxcheck.lab.influx.V2Resource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The lab that chat and CLI end-to-end tests talk to: an InfluxDB 2.x simulator with organization {@value #ORG},
 * one bucket and one token that can read it, and a Grafana simulator with an admin service account whose
 * InfluxDB data sources ({@link #flux}) forward to that InfluxDB. {@link #commandHandler} wires the core
 * command handler to it the way {@code serve} does. Both servers listen on 127.0.0.1; close it to stop them.
 *
 * <pre>{@code
 * try (LabGrafanaFixture lab = LabGrafanaFixture.start(GRAFANA_TOKEN, "telegraf", GOOD_TOKEN)) {
 *   lab.add(lab.flux("influx-prod", "InfluxDB Prod", WRONG_TOKEN));
 *   CoreCommandHandler handler = lab.commandHandler("prod");
 * }
 * }</pre>
 */
public final class LabGrafanaFixture implements AutoCloseable {
  public static final String ORG = "acme";

  private final String grafanaToken;
  private final String bucket;
  private final InfluxV2Simulator influx;
  private final GrafanaSimulator grafana;
  private final ExecutorService probes = Executors.newCachedThreadPool();

  private LabGrafanaFixture(String grafanaToken, String bucket, InfluxV2Simulator influx, GrafanaSimulator grafana) {
    this.grafanaToken = grafanaToken;
    this.bucket = bucket;
    this.influx = influx;
    this.grafana = grafana;
  }

  /** Starts both servers: Grafana accepts {@code grafanaToken}; {@code readToken} can read {@code bucket} in InfluxDB. */
  public static LabGrafanaFixture start(String grafanaToken, String bucket, String readToken) {
    InfluxV2State state = new InfluxV2State();
    V2Org org = state.addOrg(ORG);
    V2Bucket readable = state.addBucket(org, bucket);
    state.addToken(readToken, state.addUser("admin"), org, V2Permission.read(V2Resource.bucket(readable)));
    InfluxV2Simulator influx = InfluxV2Simulator.start(state);
    try {
      GrafanaSimulator grafana = GrafanaSimulator.start(new GrafanaState().add(ServiceAccount.admin("influx-check", grafanaToken)));
      return new LabGrafanaFixture(grafanaToken, bucket, influx, grafana);
    } catch (RuntimeException e) {
      influx.close();
      throw e;
    }
  }

  /** A Flux data source on the lab's InfluxDB, organization {@value #ORG} and the bucket, sending {@code influxToken}. */
  public GrafanaDataSource flux(String uid, String name, String influxToken) {
    return GrafanaDataSource.builder(uid, name).url(influx.url().toString()).flux(ORG, bucket, influxToken).build();
  }

  /** Adds the data source to Grafana, or replaces the one with its uid (a fix made in Grafana's UI). */
  public LabGrafanaFixture add(GrafanaDataSource dataSource) {
    grafana.state().add(dataSource);
    return this;
  }

  public InfluxV2Simulator influx() {
    return influx;
  }

  public GrafanaSimulator grafana() {
    return grafana;
  }

  /** The core command handler reading this Grafana as instance {@code grafanaName}, as {@code serve} builds it. */
  public CoreCommandHandler commandHandler(String grafanaName) {
    return commandHandler(grafanaName, null);
  }

  /** As {@link #commandHandler(String)}; {@code onRetestJoin} hears each re-test that joins one already running. */
  public CoreCommandHandler commandHandler(String grafanaName, Consumer<String> onRetestJoin) {
    Clock clock = Clock.systemUTC();
    GrafanaClient client = GrafanaClient.create(GrafanaConnection.of(grafanaName, grafana.url(), Secret.of(grafanaToken)));
    DataSourceDirectory directory = new DataSourceDirectory(List.of(client), List::of, probes, clock, Duration.ofSeconds(30));
    Diagnoser direct = InfluxDiagnoser.create(new OkHttpClient(), clock, ProbeSettings.defaults());
    GrafanaSideDiagnoser side = new GrafanaSideDiagnoser(direct, DirectCredentials.NONE, List::of,
        new PingServerDetector(Duration.ofSeconds(5)), probes, clock);
    GrafanaRetestService retest = onRetestJoin == null
        ? new GrafanaRetestService(directory::grafana, clock)
        : GrafanaRetestService.observed(directory::grafana, clock, onRetestJoin);
    return new CoreCommandHandler(directory, side, direct, retest, List::of, 2);
  }

  @Override
  public void close() {
    probes.shutdownNow();
    grafana.close();
    influx.close();
  }
}
