package io.influxcheck.lab.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.lab.fault.Fault;
import io.influxcheck.lab.influx.Influx1Mode;
import io.influxcheck.lab.influx.Influx1Simulator;
import io.influxcheck.lab.influx.Influx1State;
import io.influxcheck.lab.influx.InfluxV2Simulator;
import io.influxcheck.lab.influx.InfluxV2State;
import io.influxcheck.lab.influx.V2Org;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults of the InfluxDB behind Grafana, seen through Grafana's health check: what the health message says
 * when InfluxDB times out, a proxy in front of it answers HTML or a 5xx, or the body is garbage. The texts
 * follow influxdb-client-go's {@code parseHTTPError} (Flux), Grafana's InfluxQL response parser and Go's
 * {@code net/http} and {@code encoding/json} errors; they are derived from those sources, not from a live
 * Grafana run (UNCONFIRMED), and pin what the simulator does.
 */
class UpstreamFaultTest {
  private static final String GRAFANA_TOKEN = "glsa_upstream0000000000000000000000000_00000000";

  private GrafanaState grafanaState;
  private GrafanaSimulator grafana;
  private InfluxV2Simulator influx2;
  private Influx1Simulator influx18;

  @BeforeEach
  void start() {
    InfluxV2State v2 = new InfluxV2State();
    V2Org org = v2.addOrg("acme");
    v2.addBucket(org, "telegraf");
    v2.addAllAccessToken("canary-all-access", v2.addUser("grafana"), org);
    influx2 = InfluxV2Simulator.start(v2);
    influx18 = Influx1Simulator.start(new Influx1State(Influx1Mode.V1_8).authEnabled(false).addDatabase("mydb"));
    grafanaState = new GrafanaState().add(ServiceAccount.admin("bot", GRAFANA_TOKEN))
        .add(GrafanaDataSource.builder("flux", "Flux").url(influx2.url().toString()).flux("acme", "telegraf", "canary-all-access").build())
        .add(GrafanaDataSource.builder("influxql", "InfluxQL").url(influx18.url().toString()).influxQl("mydb", "grafana", "canary-pw").build());
    grafana = GrafanaSimulator.start(grafanaState);
  }

  @AfterEach
  void stop() {
    grafana.close();
    influx2.close();
    influx18.close();
  }

  @Test
  void bothWorkWithoutFaults() {
    assertHealth("flux", 200, "datasource is working. 3 buckets found");
    assertHealth("influxql", 200, "datasource is working. 0 measurements found");
  }

  @Test
  void fluxTimeoutIsGoClientTimeout() {
    grafanaState.upstreamTimeout(Duration.ofMillis(300));
    influx2.faults().setAll(Fault.Stall.forever());

    assertHealth("flux", 400, "Post \"" + influx2.url() + "/api/v2/query?org=acme\": context deadline exceeded "
        + "(Client.Timeout exceeded while awaiting headers) error reading buckets");
  }

  @Test
  void influxQlTimeoutIsARequestError() {
    grafanaState.upstreamTimeout(Duration.ofMillis(300));
    influx18.faults().setAll(Fault.Stall.forever());

    assertHealth("influxql", 400, "Get \"" + influx18.url() + "/query?db=mydb&epoch=ms&q=SHOW+measurements\": context deadline "
        + "exceeded (Client.Timeout exceeded while awaiting headers) error performing influxQL query");
  }

  /** client-go: a non-JSON error body becomes {@code "<status line>: <body>"}, HTML included. */
  @Test
  void fluxBehindAProxyShowsTheProxyPage() {
    influx2.faults().setAll(Fault.HtmlProxyPage.nginxBadGateway());

    assertHealth("flux", 400, "502 Bad Gateway: " + Fault.HtmlProxyPage.nginxBadGateway().html() + " error reading buckets");
  }

  /** Grafana's InfluxQL parser reads {@code error}/{@code message} from JSON; an HTML page leaves both empty. */
  @Test
  void influxQlBehindAProxyLosesTheText() {
    influx18.faults().setAll(Fault.HtmlProxyPage.nginxBadGateway());

    assertHealth("influxql", 400, "InfluxDB returned error:  error reading influxDB");
  }

  @Test
  void flux503WithTextBody() {
    influx2.faults().setAll(Fault.ServerError.serviceUnavailable());

    assertHealth("flux", 400, "503 Service Unavailable: upstream connect error or disconnect/reset before headers. "
        + "reset reason: connection failure\n error reading buckets");
  }

  /** Go's decoder on gzip bytes served as JSON (grafana/grafana#30193 reported exactly this character). */
  @Test
  void influxQlGarbageJsonIsGosDecoderError() {
    influx18.faults().setAll(Fault.GarbageJson.gzipWithoutHeader());

    assertHealth("influxql", 400, "invalid character '\\x1f' looking for beginning of value error reading influxDB");
  }

  /**
   * Headers arrived, then the connection closed: Go's client has returned the response, so the body reader's
   * {@code unexpected EOF} surfaces without a {@code Post "…":} prefix.
   */
  @Test
  void fluxConnectionCutAfterTheHeadersIsUnexpectedEof() {
    influx2.faults().setAll(new Fault.CloseAfterHeaders());

    assertHealth("flux", 400, "unexpected EOF error reading buckets");
  }

  @Test
  void influxQlTruncatedBodyIsUnexpectedEof() {
    influx18.faults().setAll(new Fault.TruncatedBody());

    assertHealth("influxql", 400, "unexpected EOF error reading influxDB");
  }

  private void assertHealth(String uid, int status, String message) {
    Http.Reply reply = Http.get(grafana.url() + "/api/datasources/uid/" + uid + "/health", Http.bearer(GRAFANA_TOKEN));

    assertThat(reply.body()).isEqualTo(Http.healthBody(status, message));
    assertThat(reply.status()).isEqualTo(status);
  }
}
