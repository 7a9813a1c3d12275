package io.influxcheck.lab.scenario;

import io.influxcheck.lab.fault.DeadEndpoints;
import io.influxcheck.lab.fault.Fault;
import io.influxcheck.lab.fault.RawSocketServer;
import io.influxcheck.lab.grafana.GrafanaSimulator;
import io.influxcheck.lab.influx.Influx1Simulator;
import io.influxcheck.lab.influx.Influx3Simulator;
import io.influxcheck.lab.influx.InfluxV2Simulator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The running lab: every simulator the scenarios need, each on its own free port of 127.0.0.1, holding
 * the data of {@link LabData}. Start it, run scenarios against it, close it; closing stops every server
 * (a failure while starting stops those already started).
 *
 * <pre>{@code
 * try (Lab lab = Lab.start()) {
 *   for (Scenario s : ScenarioCatalogue.all()) { ... s.input(lab) ... }
 * }
 * }</pre>
 */
public final class Lab implements AutoCloseable {
  private final LabSecrets secrets;
  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private final InfluxV2Simulator influx2;
  private final Influx1Simulator influx18;
  private final Influx1Simulator influx18Flux;
  private final Influx1Simulator influx16;
  private final Influx1Simulator influx1NoAuth;
  private final Influx3Simulator influx3;
  private final InfluxV2Simulator proxyLoginPage;
  private final InfluxV2Simulator serverError;
  private final InfluxV2Simulator garbageJson;
  private final RawSocketServer silent;
  private final RawSocketServer tlsMismatch;
  private final String refusing;
  private final GrafanaSimulator grafana;

  private Lab(LabSecrets secrets) {
    this.secrets = Objects.requireNonNull(secrets, "secrets is null");
    try {
      influx2 = keep(InfluxV2Simulator.start(LabData.influx2(secrets)));
      influx18 = keep(Influx1Simulator.start(LabData.influx18(secrets, false)));
      influx18Flux = keep(Influx1Simulator.start(LabData.influx18(secrets, true)));
      influx16 = keep(Influx1Simulator.start(LabData.influx16(secrets)));
      influx1NoAuth = keep(Influx1Simulator.start(LabData.influx1WithoutAuth()));
      influx3 = keep(Influx3Simulator.start(LabData.influx3(secrets)));
      proxyLoginPage = keep(InfluxV2Simulator.start(LabData.influx2(secrets)));
      proxyLoginPage.faults().setAll(Fault.HtmlProxyPage.loginPage());
      serverError = keep(InfluxV2Simulator.start(LabData.influx2(secrets)));
      serverError.faults().setAll(Fault.ServerError.serviceUnavailable());
      garbageJson = keep(InfluxV2Simulator.start(LabData.influx2(secrets)));
      garbageJson.faults().setAll(Fault.GarbageJson.gzipWithoutHeader());
      silent = keep(RawSocketServer.start(RawSocketServer.Behaviour.SILENT));
      tlsMismatch = keep(DeadEndpoints.tlsMismatch());
      refusing = DeadEndpoints.refusingUrl().toString();
      grafana = keep(GrafanaSimulator.start(LabData.grafana(secrets, influx2.url().toString(), influx18.url().toString())));
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Starts the lab with {@link LabSecrets#fixed()}. */
  public static Lab start() {
    return start(LabSecrets.fixed());
  }

  public static Lab start(LabSecrets secrets) {
    return new Lab(secrets);
  }

  public LabSecrets secrets() {
    return secrets;
  }

  /** InfluxDB 2.7 with org {@code acme} (buckets {@code telegraf}, {@code metrics}) and org {@code other}. */
  public String influx2Url() {
    return influx2.url().toString();
  }

  /** InfluxDB 1.8 with authentication on and Flux off. */
  public String influx18Url() {
    return influx18.url().toString();
  }

  /** InfluxDB 1.8 with authentication on and Flux on. */
  public String influx18FluxUrl() {
    return influx18Flux.url().toString();
  }

  /** InfluxDB 1.6 with authentication on. */
  public String influx16Url() {
    return influx16.url().toString();
  }

  /** InfluxDB 1.8 with authentication off. */
  public String influx1NoAuthUrl() {
    return influx1NoAuth.url().toString();
  }

  /** InfluxDB 3 Core with one token and database {@code telegraf}. */
  public String influx3Url() {
    return influx3.url().toString();
  }

  /** A single-sign-on proxy's login page (200 HTML) on every path. */
  public String proxyLoginPageUrl() {
    return proxyLoginPage.url().toString();
  }

  /** A 503 with a proxy's plain-text body on every path. */
  public String serverErrorUrl() {
    return serverError.url().toString();
  }

  /** 200 {@code application/json} whose body is gzip bytes without Content-Encoding. */
  public String garbageJsonUrl() {
    return garbageJson.url().toString();
  }

  /** Accepts connections and never answers. */
  public String silentUrl() {
    return silent.httpUrl().toString();
  }

  /** {@code https://} to a plain-HTTP listener: the TLS handshake fails. */
  public String tlsMismatchUrl() {
    return tlsMismatch.httpsUrl().toString();
  }

  /** Nothing listens: connecting is refused. */
  public String refusingUrl() {
    return refusing;
  }

  /** The Grafana simulator, holding {@link LabData#GRAFANA_DATA_SOURCES}. */
  public String grafanaUrl() {
    return grafana.url();
  }

  /** Every server with its URL, for {@code influx-check lab}. */
  public List<Endpoint> endpoints() {
    return List.of(
        new Endpoint("InfluxDB " + LabData.V2_VERSION + " (org acme: buckets telegraf, metrics; org other)", influx2Url()),
        new Endpoint("InfluxDB 1.8 (auth on, Flux off)", influx18Url()),
        new Endpoint("InfluxDB 1.8 (auth on, Flux on)", influx18FluxUrl()),
        new Endpoint("InfluxDB 1.6 (auth on)", influx16Url()),
        new Endpoint("InfluxDB 1.8 (auth off)", influx1NoAuthUrl()),
        new Endpoint("InfluxDB 3 Core", influx3Url()),
        new Endpoint("Proxy login page (HTML 200)", proxyLoginPageUrl()),
        new Endpoint("Proxy error (503)", serverErrorUrl()),
        new Endpoint("Garbage JSON (gzip bytes)", garbageJsonUrl()),
        new Endpoint("Never answers", silentUrl()),
        new Endpoint("TLS mismatch (https to plain HTTP)", tlsMismatchUrl()),
        new Endpoint("Connection refused", refusingUrl()),
        new Endpoint("Grafana " + LabData.GRAFANA_VERSION, grafanaUrl()));
  }

  /**
   * Forgets every request the simulators have recorded. Their call logs keep each request for tests; a long
   * run (the benchmark's memory reading) clears them so that what it measures is the bot, not the log.
   */
  public void clearCallLogs() {
    for (io.influxcheck.lab.http.CallLog log : List.of(influx2.calls(), influx18.calls(), influx18Flux.calls(), influx16.calls(),
        influx1NoAuth.calls(), influx3.calls(), proxyLoginPage.calls(), serverError.calls(), garbageJson.calls(), grafana.calls())) {
      log.clear();
    }
  }

  /** One running server. */
  public record Endpoint(String description, String url) {
    @Override
    public String toString() {
      return description + "  " + url;
    }
  }

  private <T extends AutoCloseable> T keep(T server) {
    running.push(server);
    return server;
  }

  /** Stops every server, newest first; never throws. */
  @Override
  public void close() {
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        // keep stopping the others
      }
    }
  }
}
