package io.influxcheck.app.bench;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.Secret;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.directory.DataSourceDirectory;
import io.influxcheck.core.grafana.DirectCredentials;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.core.grafana.GrafanaRetestService;
import io.influxcheck.core.grafana.GrafanaSideDiagnoser;
import io.influxcheck.core.grafana.PingServerDetector;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.retest.RetestService;
import io.influxcheck.lab.scenario.Lab;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;

/**
 * The bot as {@code serve} wires it (see {@code CommandHandlerModule}), pointed at the running lab: one
 * Grafana named {@value #GRAFANA} (the lab's, with the bot's service-account token) and, as provisioning
 * files would give them, the data sources passed in; the executable's own direct diagnoser. The same classes and the same 30 s listing cache as
 * production; the one addition is {@link GrafanaCallCounter} on the Grafana client. Close it to stop its threads.
 */
final class LabBot implements AutoCloseable {
  static final String GRAFANA = "lab";
  private static final Duration LISTING_CACHE = Duration.ofSeconds(30);

  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "bench-chat-probe");
    thread.setDaemon(true);
    return thread;
  });
  private final OkHttpClient grafanaHttp;
  private final GrafanaCallCounter grafanaCalls = new GrafanaCallCounter();
  private final DataSourceDirectory directory;
  private final GrafanaRetestService retest;
  private final CoreCommandHandler handler;

  /** @param direct the executable's own diagnoser (a Guice singleton, as in {@code serve}) */
  LabBot(Lab lab, Diagnoser direct, ProbeSettings probes, List<DataSourceSettings> provisioned, int concurrency) {
    Clock clock = Clock.systemUTC();
    GrafanaConnection connection = new GrafanaConnection(GRAFANA, lab.grafanaUrl(), Secret.of(lab.secrets().grafanaBot(), "lab"),
        null, GrafanaConnection.DEFAULT_TIMEOUT);
    grafanaHttp = new OkHttpClient.Builder().connectTimeout(connection.timeout()).readTimeout(connection.timeout())
        .callTimeout(connection.timeout()).followRedirects(false).retryOnConnectionFailure(false)
        .addInterceptor(grafanaCalls).build();
    List<DataSourceSettings> files = List.copyOf(provisioned);
    directory = new DataSourceDirectory(List.of(new GrafanaClient(connection, grafanaHttp)), () -> files, executor, clock, LISTING_CACHE);
    GrafanaSideDiagnoser grafanaSide = new GrafanaSideDiagnoser(direct, DirectCredentials.NONE, () -> files,
        new PingServerDetector(probes.timeout()), executor, clock, probes.deadline());
    retest = new GrafanaRetestService(directory::grafana, clock);
    handler = new CoreCommandHandler(directory, grafanaSide, direct, retest, List::of, concurrency);
  }

  CommandHandler handler() {
    return handler;
  }

  RetestService retest() {
    return retest;
  }

  GrafanaCallCounter grafanaCalls() {
    return grafanaCalls;
  }

  /** The listed data source with this uid, as the directory (and so the chat adapters) knows it. */
  DataSourceRef dataSource(String uid) {
    return directory.list().dataSources().stream().map(ds -> ds.ref()).filter(ref -> ref.uid().equals(uid)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the lab's Grafana does not list " + uid));
  }

  /** What a user would type to diagnose each listed data source: {@code uid@grafana}, or a provisioned one's uid. */
  List<String> targets() {
    return directory.list().dataSources().stream().map(ds -> ds.ref().key()).toList();
  }

  /** How many data sources {@code all} diagnoses: every listed one. */
  int dataSourceCount() {
    return directory.list().dataSources().size();
  }

  @Override
  public void close() {
    executor.shutdownNow();
    grafanaHttp.dispatcher().executorService().shutdown();
    grafanaHttp.connectionPool().evictAll();
  }
}
