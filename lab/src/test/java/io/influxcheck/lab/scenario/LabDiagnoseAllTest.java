package io.influxcheck.lab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.Secret;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.InfluxDiagnoser;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.directory.DataSourceDirectory;
import io.influxcheck.core.grafana.DirectCredentials;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.core.grafana.GrafanaRetestService;
import io.influxcheck.core.grafana.GrafanaSideDiagnoser;
import io.influxcheck.core.grafana.PingServerDetector;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code all} through the command handler over the lab's Grafana: one report per data source, each with the right verdict. */
class LabDiagnoseAllTest {
  private final Lab lab = Lab.start();
  private final ExecutorService probes = Executors.newFixedThreadPool(8);
  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(2)).build();

  @AfterEach
  void stop() {
    probes.shutdownNow();
    lab.close();
  }

  static CoreCommandHandler handler(Lab lab, ExecutorService probes, OkHttpClient http) {
    Clock clock = Clock.systemUTC();
    GrafanaClient grafana = new GrafanaClient(new GrafanaConnection("lab", lab.grafanaUrl(), Secret.of(lab.secrets().grafanaBot(), "lab"),
        null, Duration.ofSeconds(2), OptionalLong.empty()), http);
    Supplier<List<DataSourceSettings>> files = List::of;
    InfluxDiagnoser direct = InfluxDiagnoser.create(http, clock, ScenarioRunner.LAB_PROBES);
    DataSourceDirectory directory = new DataSourceDirectory(List.of(grafana), files, probes, clock, Duration.ofSeconds(30));
    GrafanaSideDiagnoser side = new GrafanaSideDiagnoser(direct, DirectCredentials.NONE, files,
        new PingServerDetector(Duration.ofSeconds(2)), probes, clock);
    return new CoreCommandHandler(directory, side, direct, new GrafanaRetestService(directory::grafana, clock), List::of, 3);
  }

  @Test
  void everyLabDataSourceIsDiagnosedThroughGrafana() {
    Reply reply = handler(lab, probes, http).handle(new Command.DiagnoseAll(), new Requester("cli", "lab", "lab"), ProgressListener.NONE);

    assertThat(reply).isInstanceOf(Reply.SummaryReply.class);
    Map<String, Report> byUid = ((Reply.SummaryReply) reply).reports().stream()
        .collect(Collectors.toMap(r -> r.datasource().uid(), Function.identity()));
    assertThat(byUid).containsOnlyKeys(LabData.GRAFANA_DATA_SOURCES);
    assertThat(byUid.get(LabData.DS_HEALTHY).verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(byUid.get(LabData.DS_WRONG_PASSWORD).verdict()).isEqualTo(Verdict.UNHEALTHY);
    assertThat(codes(byUid.get(LabData.DS_WRONG_PASSWORD))).contains(FindingCode.GRAFANA_HEALTH_FAILED, FindingCode.V1_BAD_CREDENTIALS);
    assertThat(codes(byUid.get(LabData.DS_STALE_TOKEN))).contains(FindingCode.TOKEN_INVALID);
    assertThat(codes(byUid.get(LabData.DS_MISLEADING))).contains(FindingCode.GRAFANA_HEALTH_MISLEADING);
  }

  private static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(f -> f.code()).toList();
  }
}
