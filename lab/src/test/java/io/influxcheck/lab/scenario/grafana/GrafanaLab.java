package io.influxcheck.lab.scenario.grafana;

import io.influxcheck.config.ConfigException;
import io.influxcheck.config.ConfigLoader;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.command.CoreCommandHandlers;
import io.influxcheck.core.diagnosis.InfluxDiagnoser;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.lab.grafana.GrafanaDataSource;
import io.influxcheck.lab.grafana.GrafanaSimulator;
import io.influxcheck.lab.grafana.GrafanaState;
import io.influxcheck.lab.grafana.ServiceAccount;
import io.influxcheck.lab.influx.Influx1Mode;
import io.influxcheck.lab.influx.Influx1Privilege;
import io.influxcheck.lab.influx.Influx1Simulator;
import io.influxcheck.lab.influx.Influx1State;
import io.influxcheck.lab.influx.InfluxV2Simulator;
import io.influxcheck.lab.influx.InfluxV2State;
import io.influxcheck.lab.influx.Point;
import io.influxcheck.lab.influx.V2Bucket;
import io.influxcheck.lab.influx.V2Org;
import io.influxcheck.lab.influx.V2Permission;
import io.influxcheck.lab.influx.V2Resource;
import io.influxcheck.lab.influx.V2User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * A lab for Grafana-side scenarios: an InfluxDB 2.x and an InfluxDB 1.8 and 1.6 simulator, and a
 * Grafana simulator whose data sources point at them with their stored secrets, each data source
 * set up for one failure. Secrets are canaries; every server binds 127.0.0.1 and closes with the lab.
 */
final class GrafanaLab implements AutoCloseable {
  static final String BOT_TOKEN = "glsa_canaryBotToken00000000000000000000_0a1b2c3d";
  static final String GOOD_TOKEN = "canary-influx-read-token";
  static final String STALE_TOKEN = "canary-influx-stale-token";
  static final String V1_PASSWORD = "canary-v1-password";

  final InfluxV2Simulator v2;
  final Influx1Simulator v18;
  final Influx1Simulator v16;
  final GrafanaState grafanaState = new GrafanaState();
  final GrafanaSimulator grafana;
  final Map<String, String> env = new HashMap<>();

  GrafanaLab() {
    InfluxV2State two = new InfluxV2State();
    V2Org acme = two.addOrg("acme");
    V2Bucket metrics = two.addBucket(acme, "metrics");
    V2Bucket telegraf = two.addBucket(acme, "telegraf");
    two.addPoints(metrics, List.of(Point.of("cpu", Map.of("host", "a"), "usage", 12.5, Instant.now().minusSeconds(60))));
    V2User admin = two.addUser("admin");
    two.addToken(GOOD_TOKEN, admin, acme, V2Permission.read(V2Resource.bucket(metrics)), V2Permission.read(V2Resource.bucket(telegraf)));
    two.addV1Credential("grafana", V1_PASSWORD, admin, acme, V2Permission.read(V2Resource.bucket(metrics)));
    v2 = InfluxV2Simulator.start(two);

    Influx1State one = new Influx1State(Influx1Mode.V1_8).authEnabled(true).addDatabase("telegraf");
    one.addUser("admin", "canary-v1-admin", true);
    one.addUser("grafana", V1_PASSWORD, false);
    one.grant("grafana", "telegraf", Influx1Privilege.READ);
    v18 = Influx1Simulator.start(one);
    v16 = Influx1Simulator.start(new Influx1State(Influx1Mode.V1_6).addDatabase("telegraf"));

    grafanaState.add(ServiceAccount.admin("influx-check", BOT_TOKEN));
    grafanaState.add(GrafanaDataSource.builder("flux-ok", "Flux OK").url(url(v2.url())).flux("acme", "metrics", GOOD_TOKEN).build());
    grafanaState.add(GrafanaDataSource.builder("flux-stale", "Flux Stale").url(url(v2.url())).flux("acme", "metrics", STALE_TOKEN).build());
    grafanaState.add(GrafanaDataSource.builder("flux-no-token", "Flux No Token").url(url(v2.url()))
        .json("version", "Flux").json("organization", "acme").json("defaultBucket", "metrics").build());
    grafanaState.add(GrafanaDataSource.builder("flux-no-org", "Flux No Org").url(url(v2.url()))
        .json("version", "Flux").json("defaultBucket", "metrics").secret("token", GOOD_TOKEN).json("token", "canary-token-in-jsondata").build());
    grafanaState.add(GrafanaDataSource.builder("flux-on-16", "Flux on 1.6").url(url(v16.url())).flux("acme", "telegraf", GOOD_TOKEN).build());
    grafanaState.add(GrafanaDataSource.builder("influxql-nouser", "InfluxQL No User").url(url(v18.url()))
        .json("version", "InfluxQL").json("dbName", "telegraf").build());
    grafanaState.add(GrafanaDataSource.builder("influxql-v18", "InfluxQL 1.8").url(url(v18.url())).influxQl("telegraf", "grafana", V1_PASSWORD).build());
    grafanaState.add(GrafanaDataSource.builder("influxql-nodbrp", "InfluxQL No DBRP").url(url(v2.url())).influxQl("legacy", "grafana", V1_PASSWORD).build());
    grafana = GrafanaSimulator.start(grafanaState);
    env.put("GRAFANA_TOKEN", BOT_TOKEN);
    env.put("INFLUX_TOKEN", GOOD_TOKEN);
  }

  private static String url(java.net.URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** influx-check.yaml with this lab's Grafana, written to {@code folder}, plus {@code extra} YAML. */
  InfluxCheckConfig config(Path folder, String extra) {
    return config(folder, "2s", "8s", extra);
  }

  /** As {@link #config(Path, String)} with probes.timeout and probes.deadline set (YAML durations, e.g. {@code 1s}). */
  InfluxCheckConfig config(Path folder, String timeout, String deadline, String extra) {
    String yaml = "probes:\n  timeout: " + timeout + "\n  deadline: " + deadline + "\n  concurrency: 3\n"
        + "grafana:\n  - name: lab\n    url: " + grafana.url() + "\n    token: ${GRAFANA_TOKEN}\n" + extra;
    try {
      Path file = folder.resolve("influx-check.yaml");
      Files.writeString(file, yaml);
      return new ConfigLoader(env::get).load(file);
    } catch (IOException | ConfigException e) {
      throw new IllegalStateException("lab config: " + e.getMessage(), e);
    }
  }

  CoreCommandHandler handler(InfluxCheckConfig config) {
    return handler(config, key -> { });
  }

  CoreCommandHandler handler(InfluxCheckConfig config, java.util.function.Consumer<String> onRetestJoined) {
    OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).retryOnConnectionFailure(false).build();
    ProbeSettings probes = new ProbeSettings(config.probes().timeout(), config.probes().deadline(), 1024 * 1024);
    return CoreCommandHandlers.fromConfig(config, InfluxDiagnoser.create(http, Clock.systemUTC(), probes), List::of, Clock.systemUTC(), onRetestJoined);
  }

  @Override
  public void close() {
    grafana.close();
    v2.close();
    v18.close();
    v16.close();
  }
}
