package io.influxcheck.slack;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.command.CommandParser;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import io.influxcheck.lab.fixtures.ReportFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BlockKitRendererGoldenTest {
  private final BlockKitRenderer renderer = new BlockKitRenderer("");

  static Stream<String> fixtures() {
    return ReportFixtures.all().keySet().stream();
  }

  @ParameterizedTest(name = "report {0}")
  @MethodSource("fixtures")
  void reportMatchesGoldenFile(String name) throws Exception {
    Golden.assertMatches("report-" + name, renderer.report(ReportFixtures.all().get(name)));
  }

  @Test
  void reportWithGrafanaLinkAndRunbookUrl() throws Exception {
    Report bad = ReportFixtures.badToken();
    DataSourceRef inGrafana = new DataSourceRef(bad.datasource().name(), bad.datasource().uid(), bad.datasource().url(),
        QueryLanguage.FLUX, "prod", "https://grafana.example.com/connections/datasources/edit/P951FEA4DE68E13C5");
    Report report = new Report(inGrafana, bad.verdict(), bad.server(), bad.findings(), bad.checklist(), bad.durationMs(), bad.finishedAt());
    Golden.assertMatches("report-bad-token-in-grafana",
        new BlockKitRenderer("https://wiki.example.com/influx-check/RUNBOOK").report(report));
  }

  @Test
  void liveChecklist() throws Exception {
    Checklist running = new Checklist("influx-prod (P951FEA4DE68E13C5)", List.of(
        new CheckLine("reach", "InfluxDB reachable", CheckStatus.PASSED, "http://influxdb.internal:8086"),
        new CheckLine("token", "Token accepted", CheckStatus.RUNNING, ""),
        new CheckLine("org", "Organization exists", CheckStatus.PENDING, "")));
    Golden.assertMatches("progress-running", renderer.progress("influx-prod", List.of(running), "U0REQUEST"));
    Golden.assertMatches("progress-starting", renderer.progress("influx-prod", List.of(), "U0REQUEST"));
  }

  @Test
  void retestFixedAfterADiagnosis() throws Exception {
    Report bad = ReportFixtures.badToken();
    RetestResult result = new RetestResult(bad.datasource(),
        new HealthSnapshot(HealthStatus.OK, "datasource is working. 3 buckets found", null, Instant.parse("2025-06-02T09:41:07Z")),
        null, 183, "alice");
    Golden.assertMatches("retest-fixed", renderer.render(new io.influxcheck.core.command.Reply.RetestReply(result),
        "U0CLICKER", Optional.of(RetestButton.after(bad))));
  }

  @Test
  void retestStillFailingAfterARetest() throws Exception {
    DataSourceRef ds = new DataSourceRef("influx-prod", "P951FEA4DE68E13C5", "http://influxdb.internal:8086", QueryLanguage.FLUX,
        "prod", "https://grafana.example.com/connections/datasources/edit/P951FEA4DE68E13C5");
    HealthSnapshot before = new HealthSnapshot(HealthStatus.ERROR, "unauthorized: unauthorized access error reading buckets",
        FindingCode.TOKEN_INVALID, Instant.parse("2025-06-02T09:35:00Z"));
    HealthSnapshot now = new HealthSnapshot(HealthStatus.ERROR, "unauthorized: unauthorized access error reading buckets",
        FindingCode.TOKEN_INVALID, Instant.parse("2025-06-02T09:41:07Z"));
    RetestResult result = new RetestResult(ds, now, before, 95, "bob");
    Golden.assertMatches("retest-still-failing", renderer.render(new io.influxcheck.core.command.Reply.RetestReply(result),
        "U0CLICKER", Optional.empty()));
  }

  @Test
  void summaryListUsageAndHelp() throws Exception {
    Golden.assertMatches("summary", renderer.summary(List.of(ReportFixtures.healthy(), ReportFixtures.badToken(),
        ReportFixtures.v1Credentials(), ReportFixtures.inconclusive())));
    Golden.assertMatches("list", renderer.dataSourceList(List.of(
        new DataSourceEntry(ReportFixtures.healthy().datasource(), "file /etc/grafana/provisioning/datasources/influx.yaml"),
        new DataSourceEntry(new DataSourceRef("influx-legacy", "InfluxLegacy01", "http://influxdb-legacy.internal:8086",
            QueryLanguage.INFLUXQL, "prod", ""), "grafana prod"))));
    Golden.assertMatches("usage-error", renderer.usageError("Unknown command `retst`.", List.of("retest")));
    Golden.assertMatches("help", renderer.help(CommandParser.USAGE));
  }
}
