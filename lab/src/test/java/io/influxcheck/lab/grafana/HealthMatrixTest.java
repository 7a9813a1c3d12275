package io.influxcheck.lab.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.lab.influx.Influx1Mode;
import io.influxcheck.lab.influx.Influx1Privilege;
import io.influxcheck.lab.influx.Influx1Simulator;
import io.influxcheck.lab.influx.Influx1State;
import io.influxcheck.lab.influx.Influx3Simulator;
import io.influxcheck.lab.influx.Influx3State;
import io.influxcheck.lab.influx.InfluxV2Simulator;
import io.influxcheck.lab.influx.InfluxV2State;
import io.influxcheck.lab.influx.Point;
import io.influxcheck.lab.influx.V2Authorization;
import io.influxcheck.lab.influx.V2Bucket;
import io.influxcheck.lab.influx.V2Org;
import io.influxcheck.lab.influx.V2Permission;
import io.influxcheck.lab.influx.V2Resource;
import io.influxcheck.lab.influx.V2Status;
import io.influxcheck.lab.influx.V2User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Diagnosis matrix G of the research, end to end: the Grafana simulator's health check forwarded to the
 * lab's real InfluxDB 1.8, 2.7 and 3 Core simulators (not a scripted stub), asserting the exact HTTP status
 * and health body Grafana's {@code GET /api/datasources/uid/:uid/health} answers. Each test names its row.
 */
class HealthMatrixTest {
  private static final String GRAFANA_TOKEN = "glsa_matrix00000000000000000000000000_00000000";
  private static final List<Point> CPU_AND_MEM = List.of(
      Point.of("cpu", Map.of("host", "a"), "usage", 0.5, Instant.parse("2024-01-15T10:00:00Z")),
      Point.of("mem", Map.of("host", "a"), "used", 42L, Instant.parse("2024-01-15T10:00:00Z")));

  private final List<AutoCloseable> running = new ArrayList<>();
  private GrafanaState grafanaState;
  private GrafanaSimulator grafana;

  @BeforeEach
  void startGrafana() {
    grafanaState = new GrafanaState().add(ServiceAccount.admin("influx-check", GRAFANA_TOKEN));
    grafana = GrafanaSimulator.start(grafanaState);
  }

  @AfterEach
  void stopAll() throws Exception {
    grafana.close();
    for (AutoCloseable closeable : running) {
      closeable.close();
    }
  }

  // ---- InfluxDB 2.7 -------------------------------------------------------------------------------

  /** A 2.x server with org {@code acme}, bucket {@code telegraf} (virtually mapped to db {@code telegraf}) and a user. */
  private final class Influx2 {
    final InfluxV2State state = new InfluxV2State();
    final V2Org org = state.addOrg("acme");
    final V2Bucket telegraf = state.addBucket(org, "telegraf");
    final V2User user = state.addUser("grafana");
    final InfluxV2Simulator server;

    Influx2() {
      state.addPoints(telegraf, CPU_AND_MEM);
      server = keep(InfluxV2Simulator.start(state));
    }

    /** v1 user {@code grafana-v1} / {@code canary-v1-password} (like {@code influx v1 auth create}). */
    void v1Credential(V2Permission permission) {
      state.addV1Credential("grafana-v1", "canary-v1-password", user, org, permission);
    }

    V2Authorization readToken(String token) {
      return state.addToken(token, user, org, V2Permission.read(V2Resource.bucket(telegraf)));
    }

    String url() {
      return server.url().toString();
    }
  }

  @Test
  void row1FluxUnknownTokenOn2x() {
    Influx2 influx = new Influx2();
    influx.readToken("canary-the-right-token");

    assertHealth(flux(influx.url(), "acme", "canary-an-unknown-token"),
        400, "unauthorized: unauthorized access error reading buckets");
  }

  @Test
  void row1FluxMissingTokenOn2x() {
    Influx2 influx = new Influx2();

    assertHealth(flux(influx.url(), "acme", ""), 400, "unauthorized: unauthorized access error reading buckets");
  }

  @Test
  void row1FluxDeletedTokenOn2x() {
    Influx2 influx = new Influx2();
    influx.state.removeToken(influx.readToken("canary-deleted-token"));

    assertHealth(flux(influx.url(), "acme", "canary-deleted-token"),
        400, "unauthorized: unauthorized access error reading buckets");
  }

  /** Derived, UNCONFIRMED by a live run (research D.3): pins what the simulators do for an inactive token. */
  @Test
  void row2FluxInactiveTokenOn2xFindsNoBuckets() {
    Influx2 influx = new Influx2();
    influx.state.setTokenStatus(influx.readToken("canary-inactive-token"), V2Status.INACTIVE);

    assertHealth(flux(influx.url(), "acme", "canary-inactive-token"), 400, "error getting flux query buckets ");
  }

  /** Derived, UNCONFIRMED by a live run: a valid token that can read no bucket of the org. */
  @Test
  void row3FluxTokenWithoutBucketReadOn2x() {
    Influx2 influx = new Influx2();
    influx.state.addToken("canary-write-only", influx.user, influx.org, V2Permission.write(V2Resource.bucket(influx.telegraf)));

    assertHealth(flux(influx.url(), "acme", "canary-write-only"), 400, "error getting flux query buckets ");
  }

  /** Derived, UNCONFIRMED: a token of another org sees none of {@code acme}'s buckets. */
  @Test
  void row3FluxTokenOfAnotherOrgOn2x() {
    Influx2 influx = new Influx2();
    V2Org other = influx.state.addOrg("other");
    influx.state.addAllAccessToken("canary-other-org", influx.user, other);

    assertHealth(flux(influx.url(), "acme", "canary-other-org"), 400, "error getting flux query buckets ");
  }

  @Test
  void row4FluxTokenReadingOneBucketOn2x() {
    Influx2 influx = new Influx2();
    influx.readToken("canary-read-token");

    assertHealth(flux(influx.url(), "acme", "canary-read-token"), 200, "datasource is working. 1 buckets found");
  }

  /** An all-access token also reads the org's system buckets {@code _monitoring} and {@code _tasks}. */
  @Test
  void row4FluxAllAccessTokenOn2xCountsSystemBuckets() {
    Influx2 influx = new Influx2();
    influx.state.addAllAccessToken("canary-all-access", influx.user, influx.org);

    assertHealth(flux(influx.url(), "acme", "canary-all-access"), 200, "datasource is working. 3 buckets found");
  }

  @Test
  void row5FluxWrongOrganizationOn2x() {
    Influx2 influx = new Influx2();
    influx.readToken("canary-read-token");

    assertHealth(flux(influx.url(), "acme-typo", "canary-read-token"),
        400, "invalid: failed to decode request body: organization name \"acme-typo\" not found error reading buckets");
  }

  @Test
  void row6FluxWithoutOrganizationSendsNothing() {
    Influx2 influx = new Influx2();
    influx.readToken("canary-read-token");

    assertHealth(GrafanaDataSource.builder("ds", "InfluxDB").url(influx.url()).json("version", "Flux")
        .secret("token", "canary-read-token"), 400, "missing organization in datasource configuration error performing flux query");
    assertThat(influx.server.calls().count()).isZero();
  }

  @Test
  void row9InfluxQlWithoutCredentialsOn2x() {
    Influx2 influx = new Influx2();

    assertHealth(influxQl(influx.url(), "telegraf", "", ""),
        400, "InfluxDB returned error: unauthorized access error reading influxDB");
  }

  @Test
  void row10InfluxQlOrdinaryUserPasswordOn2x() {
    Influx2 influx = new Influx2();
    influx.readToken("canary-read-token");

    assertHealth(influxQl(influx.url(), "telegraf", "grafana", "canary-ui-login-password"),
        400, "InfluxDB returned error: Unauthorized error reading influxDB");
  }

  @Test
  void row10InfluxQlWrongV1PasswordOn2x() {
    Influx2 influx = new Influx2();
    influx.v1Credential(V2Permission.read(V2Resource.bucket(influx.telegraf)));

    assertHealth(influxQl(influx.url(), "telegraf", "grafana-v1", "canary-wrong-password"),
        400, "InfluxDB returned error: Unauthorized error reading influxDB");
  }

  @Test
  void row10InfluxQlInactiveTokenAsPasswordOn2x() {
    Influx2 influx = new Influx2();
    influx.state.setTokenStatus(influx.readToken("canary-inactive-token"), V2Status.INACTIVE);

    assertHealth(influxQl(influx.url(), "telegraf", "any", "canary-inactive-token"),
        400, "InfluxDB returned error: Unauthorized error reading influxDB");
  }

  /**
   * Valid v1 credential, but database {@code metrics} has no DBRP mapping (no explicit one, and no bucket of
   * that name for a virtual one): health passes, panels will not.
   */
  @Test
  void row11InfluxQlWithoutDbrpMappingOn2xPasses() {
    Influx2 influx = new Influx2();
    influx.v1Credential(V2Permission.read(V2Resource.bucket(influx.telegraf)));

    assertHealth(influxQl(influx.url(), "metrics", "grafana-v1", "canary-v1-password"),
        200, "datasource is working. 0 measurements found");
  }

  /** Valid v1 credential that cannot read the bucket behind the (virtual) mapping of {@code telegraf}. */
  @Test
  void row11InfluxQlWithUnreadableBucketOn2xPasses() {
    Influx2 influx = new Influx2();
    influx.v1Credential(V2Permission.write(V2Resource.bucket(influx.telegraf)));

    assertHealth(influxQl(influx.url(), "telegraf", "grafana-v1", "canary-v1-password"),
        200, "datasource is working. 0 measurements found");
  }

  /** With an explicit mapping of {@code metrics} to the readable bucket, the measurements are counted. */
  @Test
  void row11InfluxQlWithDbrpMappingOn2xCountsMeasurements() {
    Influx2 influx = new Influx2();
    influx.v1Credential(V2Permission.read(V2Resource.bucket(influx.telegraf)));
    influx.state.addDbrp(influx.telegraf, "metrics", "autogen", true);

    assertHealth(influxQl(influx.url(), "metrics", "grafana-v1", "canary-v1-password"),
        200, "datasource is working. 2 measurements found");
  }

  /** The common workaround: a custom {@code Authorization: Token …} header replaces basic auth (research D.2). */
  @Test
  void influxQlWithTokenHeaderOn2xCountsMeasurements() {
    Influx2 influx = new Influx2();
    influx.readToken("canary-read-token");

    assertHealth(influxQl(influx.url(), "telegraf", "", "").customHeader(1, "Authorization", "Token canary-read-token"),
        200, "datasource is working. 2 measurements found");
  }

  // ---- InfluxDB 1.8 -------------------------------------------------------------------------------

  private Influx1Simulator influx18(boolean authEnabled, boolean fluxEnabled) {
    Influx1State state = new Influx1State(Influx1Mode.V1_8).authEnabled(authEnabled).fluxEnabled(fluxEnabled);
    state.addUser("admin", "canary-admin-password", true);
    state.addUser("grafana", "canary-grafana-password", false);
    state.addUser("stranger", "canary-stranger-password", false);
    state.grant("grafana", "mydb", Influx1Privilege.READ);
    state.addPoints("mydb", CPU_AND_MEM);
    return keep(Influx1Simulator.start(state));
  }

  @Test
  void row7FluxWith2xTokenOn18() {
    Influx1Simulator influx = influx18(true, true);

    assertHealth(flux(influx.url().toString(), "acme", "canary-2x-style-token"),
        400, "Unexpected status code 401 error reading buckets");
  }

  @Test
  void row12InfluxQlWrongPasswordOn18() {
    Influx1Simulator influx = influx18(true, false);

    assertHealth(influxQl(influx.url().toString(), "mydb", "grafana", "canary-wrong-password"),
        400, "InfluxDB returned error: authorization failed error reading influxDB");
  }

  @Test
  void row13InfluxQlUserWithoutReadOn18() {
    Influx1Simulator influx = influx18(true, false);

    assertHealth(influxQl(influx.url().toString(), "mydb", "stranger", "canary-stranger-password"), 400,
        "InfluxDB returned error: error authorizing query: stranger not authorized to execute statement 'SHOW MEASUREMENTS', "
            + "requires READ on mydb error reading influxDB");
  }

  @Test
  void row14InfluxQlWrongDatabaseOn18Passes() {
    Influx1Simulator influx = influx18(true, false);

    assertHealth(influxQl(influx.url().toString(), "mydb_typo", "admin", "canary-admin-password"),
        200, "datasource is working. 0 measurements found");
  }

  @Test
  void row15InfluxQlAuthDisabledOn18IgnoresTheCredentials() {
    Influx1Simulator influx = influx18(false, false);

    assertHealth(influxQl(influx.url().toString(), "mydb", "grafana", "canary-wrong-password"),
        200, "datasource is working. 2 measurements found");
  }

  @Test
  void influxQlReaderOn18CountsMeasurements() {
    Influx1Simulator influx = influx18(true, false);

    assertHealth(influxQl(influx.url().toString(), "mydb", "grafana", "canary-grafana-password"),
        200, "datasource is working. 2 measurements found");
  }

  // ---- InfluxDB 3 Core ----------------------------------------------------------------------------

  private Influx3Simulator influx3() {
    Influx3State state = new Influx3State();
    state.addToken("admin", "canary-apiv3-token");
    state.addPoints("mydb", CPU_AND_MEM);
    return keep(Influx3Simulator.start(state));
  }

  /** Derived, UNCONFIRMED live (research D.3): Flux is not routed on 3.x, a valid token gets a plain 404. */
  @Test
  void row8FluxOn3x() {
    Influx3Simulator influx = influx3();

    assertHealth(flux(influx.url().toString(), "acme", "canary-apiv3-token"),
        400, "404 Not Found: Not found error reading buckets");
  }

  /** Derived (research G.16): InfluxQL sends the password as HTTP Basic; 3.x takes it as the token. */
  @Test
  void row16InfluxQlPasswordThatIsNoTokenOn3x() {
    Influx3Simulator influx = influx3();

    assertHealth(influxQl(influx.url().toString(), "mydb", "grafana", "canary-not-a-token"),
        400, "InfluxDB returned error: the request was not authenticated error reading influxDB");
  }

  /** Derived (research G.17). */
  @Test
  void row17InfluxQlUnknownDatabaseOn3x() {
    Influx3Simulator influx = influx3();

    assertHealth(influxQl(influx.url().toString(), "mydb_typo", "grafana", "canary-apiv3-token"),
        400, "InfluxDB returned error: Database mydb_typo not found error reading influxDB");
  }

  @Test
  void influxQlTokenAsPasswordOn3xCountsMeasurements() {
    Influx3Simulator influx = influx3();

    assertHealth(influxQl(influx.url().toString(), "mydb", "grafana", "canary-apiv3-token"),
        200, "datasource is working. 2 measurements found");
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private <T extends AutoCloseable> T keep(T closeable) {
    running.add(closeable);
    return closeable;
  }

  private static GrafanaDataSource.Builder flux(String url, String org, String token) {
    return GrafanaDataSource.builder("ds", "InfluxDB").url(url).flux(org, "telegraf", token);
  }

  private static GrafanaDataSource.Builder influxQl(String url, String db, String user, String password) {
    return GrafanaDataSource.builder("ds", "InfluxDB").url(url).influxQl(db, user, password);
  }

  private void assertHealth(GrafanaDataSource.Builder dataSource, int status, String message) {
    grafanaState.add(dataSource.build());

    Http.Reply reply = Http.get(grafana.url() + "/api/datasources/uid/ds/health", Http.bearer(GRAFANA_TOKEN));

    assertThat(reply.body()).isEqualTo(Http.healthBody(status, message));
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(grafana.calls().take(Duration.ofSeconds(1)).path()).isEqualTo("/api/datasources/uid/ds/health");
  }
}
