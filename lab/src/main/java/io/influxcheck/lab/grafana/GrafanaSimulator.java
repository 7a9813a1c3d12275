package io.influxcheck.lab.grafana;

import io.influxcheck.lab.fault.FaultPlan;
import io.influxcheck.lab.http.CallLog;
import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import io.influxcheck.lab.http.SimServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated Grafana 11 HTTP API on 127.0.0.1 (a free port), serving the data-source routes the bot
 * uses and forwarding health checks and queries to the data sources' InfluxDB with the stored secrets.
 * Runs on the lab's {@link SimServer}: requests are handled concurrently and recorded in {@link #calls()},
 * {@link #faults()} makes it misbehave (stall, HTML proxy page, 5xx, garbage), and {@link #close()} stops
 * promptly, cutting held health checks off.
 *
 * <pre>{@code
 * GrafanaState state = new GrafanaState()
 *     .add(ServiceAccount.admin("influx-check", "glsa_…"))
 *     .add(GrafanaDataSource.builder("influx-prod", "InfluxDB").url(influx.url()).flux("acme", "telegraf", token).build());
 * try (GrafanaSimulator grafana = GrafanaSimulator.start(state)) { … grafana.url() … }
 * }</pre>
 */
public final class GrafanaSimulator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GrafanaSimulator.class);

  private final GrafanaState state;
  private final InfluxUpstream upstream;
  private final GrafanaApi api;
  private final SimServer server;

  private GrafanaSimulator(GrafanaState state) {
    this.state = state;
    this.upstream = new InfluxUpstream();
    this.api = new GrafanaApi(state, upstream);
    this.server = SimServer.start("grafana", this::handle);
    state.attach(server.calls());
  }

  /** Starts a simulator serving {@code state}; close it to stop. */
  public static GrafanaSimulator start(GrafanaState state) {
    return new GrafanaSimulator(state);
  }

  /** Base URL, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
  public String url() {
    return server.url().toString();
  }

  public int port() {
    return server.port();
  }

  public GrafanaState state() {
    return state;
  }

  /** Every request received, in arrival order (recorded before it is answered). */
  public CallLog calls() {
    return server.calls();
  }

  /** Faults to apply instead of Grafana's answers, for the whole API or one path (e.g. {@code /api/health}). */
  public FaultPlan faults() {
    return server.faults();
  }

  private SimResponse handle(SimRequest request) {
    SimResponse response;
    try {
      response = api.handle(request);
    } catch (InterruptedException stopped) {
      // close() cut a held request off; its connection is already gone.
      Thread.currentThread().interrupt();
      response = GrafanaResponse.messageWithTrace(500, "Internal Server Error");
    } catch (RuntimeException bug) {
      LOG.warn("Grafana simulator failed on {} {}", request.method(), request.path(), bug);
      response = GrafanaResponse.messageWithTrace(500, "Internal Server Error");
    }
    return response.withHeader("Cache-Control", "no-store").withHeader("X-Content-Type-Options", "nosniff");
  }

  @Override
  public void close() {
    server.close();
    upstream.close();
  }
}
