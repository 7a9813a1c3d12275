package io.influxcheck.lab.scenario;

import io.influxcheck.lab.grafana.GrafanaDataSource;
import io.influxcheck.lab.grafana.GrafanaPermission;
import io.influxcheck.lab.grafana.GrafanaState;
import io.influxcheck.lab.grafana.ServiceAccount;
import io.influxcheck.lab.influx.Influx1Mode;
import io.influxcheck.lab.influx.Influx1Privilege;
import io.influxcheck.lab.influx.Influx1State;
import io.influxcheck.lab.influx.Influx3State;
import io.influxcheck.lab.influx.InfluxV2State;
import io.influxcheck.lab.influx.Point;
import io.influxcheck.lab.influx.V2Bucket;
import io.influxcheck.lab.influx.V2Org;
import io.influxcheck.lab.influx.V2Permission;
import io.influxcheck.lab.influx.V2Resource;
import io.influxcheck.lab.influx.V2Status;
import io.influxcheck.lab.influx.V2User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What each simulator of the {@link Lab} holds: orgs, buckets, users, tokens, databases, points, data sources. */
public final class LabData {
  public static final String ORG = "acme";
  public static final String OTHER_ORG = "other";
  public static final String TELEGRAF = "telegraf";
  public static final String METRICS = "metrics";
  public static final String V2_V1_USER = "grafana-v1";
  public static final String V1_ADMIN = "admin";
  public static final String V1_GRAFANA = "grafana";
  public static final String V1_NO_GRANTS = "nogrants";
  public static final String V2_VERSION = InfluxV2State.DEFAULT_VERSION;
  public static final String GRAFANA_VERSION = "11.4.0";

  /** Grafana data sources (uids): the one the bot can reach and which works. */
  public static final String DS_HEALTHY = "lab-influx2-flux";
  /** InfluxQL on 1.8 with a password InfluxDB rejects. */
  public static final String DS_WRONG_PASSWORD = "lab-influx1-wrong-password";
  /** Flux on 2.x with a token that reads {@code telegraf} only, while panels query {@code metrics}. */
  public static final String DS_MISLEADING = "lab-influx2-read-telegraf-only";
  /** Flux on 2.x with a token InfluxDB does not know (rotated in InfluxDB, not in Grafana). */
  public static final String DS_STALE_TOKEN = "lab-influx2-stale-token";
  /** Flux on 2.x, edited in Grafana's UI after it was provisioned ({@code defaultBucket} changed). */
  public static final String DS_DRIFTED = "lab-influx2-drifted";
  public static final List<String> GRAFANA_DATA_SOURCES = List.of(DS_HEALTHY, DS_WRONG_PASSWORD, DS_MISLEADING, DS_STALE_TOKEN, DS_DRIFTED);

  private LabData() {
  }

  static InfluxV2State influx2(LabSecrets secrets) {
    InfluxV2State state = new InfluxV2State();
    V2Org acme = state.addOrg(ORG);
    V2Org other = state.addOrg(OTHER_ORG);
    V2Bucket telegraf = state.addBucket(acme, TELEGRAF);
    V2Bucket metrics = state.addBucket(acme, METRICS);
    V2Bucket otherMetrics = state.addBucket(other, "other-metrics");
    V2User admin = state.addUser("admin");
    V2User otherAdmin = state.addUser("other-admin");
    state.addAllAccessToken(secrets.v2AllAccess(), admin, acme);
    state.addToken(secrets.v2ReadTelegraf(), admin, acme, V2Permission.read(V2Resource.bucket(telegraf)));
    state.setTokenStatus(state.addAllAccessToken(secrets.v2Inactive(), admin, acme), V2Status.INACTIVE);
    state.addAllAccessToken(secrets.v2OtherOrg(), otherAdmin, other);
    state.addToken(secrets.v2WriteOnly(), admin, acme, V2Permission.write(V2Resource.bucket(telegraf)));
    state.addV1Credential(V2_V1_USER, secrets.v2V1Password(), admin, acme, V2Permission.read(V2Resource.bucket(telegraf)));
    state.addDbrp(telegraf, TELEGRAF, "autogen", true);
    state.addPoints(telegraf, points("cpu", "usage_user"));
    state.addPoints(metrics, points("http_requests", "count"));
    state.addPoints(otherMetrics, points("disk", "used_percent"));
    return state;
  }

  static Influx1State influx18(LabSecrets secrets, boolean flux) {
    return withUsers(new Influx1State(Influx1Mode.V1_8), secrets).fluxEnabled(flux);
  }

  static Influx1State influx16(LabSecrets secrets) {
    return withUsers(new Influx1State(Influx1Mode.V1_6), secrets);
  }

  static Influx1State influx1WithoutAuth() {
    return new Influx1State(Influx1Mode.V1_8).authEnabled(false).addDatabase(TELEGRAF).addPoints(TELEGRAF, points("cpu", "usage_user"));
  }

  static Influx3State influx3(LabSecrets secrets) {
    Influx3State state = new Influx3State();
    state.addToken("_admin", secrets.v3Token());
    state.addDatabase(TELEGRAF).addPoints(TELEGRAF, points("cpu", "usage_user"));
    return state;
  }

  static GrafanaState grafana(LabSecrets secrets, String influx2Url, String influx18Url) {
    GrafanaState state = new GrafanaState().grafanaVersion(GRAFANA_VERSION)
        .add(ServiceAccount.admin("influx-check", secrets.grafanaBot()))
        .add(ServiceAccount.admin("influx-check-old", secrets.grafanaExpired()).expired())
        .add(ServiceAccount.admin("influx-check-deleted", secrets.grafanaRevoked()).revoked())
        .add(ServiceAccount.active("influx-check-no-read", secrets.grafanaNoRead(), GrafanaPermission.DATASOURCES_QUERY))
        .add(ServiceAccount.active("influx-check-no-query", secrets.grafanaNoQuery(), GrafanaPermission.DATASOURCES_READ));
    state.add(GrafanaDataSource.builder(DS_HEALTHY, "InfluxDB 2 (Flux)").url(influx2Url)
        .flux(ORG, TELEGRAF, secrets.v2AllAccess()).isDefault(true).build());
    state.add(GrafanaDataSource.builder(DS_WRONG_PASSWORD, "InfluxDB 1.8 (wrong password)").url(influx18Url)
        .influxQl(TELEGRAF, V1_GRAFANA, secrets.v1WrongPassword()).build());
    state.add(GrafanaDataSource.builder(DS_MISLEADING, "InfluxDB 2 (token reads telegraf only)").url(influx2Url)
        .flux(ORG, METRICS, secrets.v2ReadTelegraf()).build());
    state.add(GrafanaDataSource.builder(DS_STALE_TOKEN, "InfluxDB 2 (stale token)").url(influx2Url)
        .flux(ORG, TELEGRAF, secrets.v2Unknown()).build());
    state.add(GrafanaDataSource.builder(DS_DRIFTED, "InfluxDB 2 (edited in the UI)").url(influx2Url)
        .flux(ORG, METRICS, secrets.v2AllAccess()).build());
    return state;
  }

  private static Influx1State withUsers(Influx1State state, LabSecrets secrets) {
    state.addUser(V1_ADMIN, secrets.v1AdminPassword(), true);
    state.addUser(V1_GRAFANA, secrets.v1GrafanaPassword(), false);
    state.addUser(V1_NO_GRANTS, secrets.v1NoGrantsPassword(), false);
    state.addDatabase(TELEGRAF).addPoints(TELEGRAF, points("cpu", "usage_user"));
    state.grant(V1_GRAFANA, TELEGRAF, Influx1Privilege.READ);
    return state;
  }

  /** Ten points a minute apart, ending now, so "the last hour" always has data. */
  private static List<Point> points(String measurement, String field) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      points.add(Point.of(measurement, Map.of("host", "lab-" + (i % 2)), field, 10.0 + i, now.minus(10 - i, ChronoUnit.MINUTES)));
    }
    return points;
  }
}
