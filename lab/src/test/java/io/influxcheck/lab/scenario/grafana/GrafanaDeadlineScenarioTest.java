package io.influxcheck.lab.scenario.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.fault.Fault;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * probes.deadline bounds the whole Grafana-side diagnosis: a Grafana route that never answers ends in an
 * INCONCLUSIVE report saying it did not answer in time, with what is known, never a hang and never HEALTHY.
 * The 30 s guard only catches a hang; nothing here measures speed.
 */
class GrafanaDeadlineScenarioTest {
  private static final Requester ALICE = new Requester("console", "alice", "alice");
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);

  @TempDir
  Path folder;

  private final GrafanaLab lab = new GrafanaLab();

  @AfterEach
  void stop() {
    lab.close();
  }

  private Report diagnoseWithin(String deadline, String target) {
    CoreCommandHandler handler = lab.handler(lab.config(folder, "1s", deadline, ""));
    Reply reply = assertTimeoutPreemptively(HANG_GUARD, () -> handler.handle(new Command.Diagnose(target), ALICE, ProgressListener.NONE));
    assertThat(reply).as("reply to diagnose %s: %s", target, reply).isInstanceOf(Reply.ReportReply.class);
    Report report = ((Reply.ReportReply) reply).report();
    GrafanaScenarioTest.assertNoCanary(report.toString());
    return report;
  }

  private static CheckLine line(Report report, String id) {
    return report.checklist().lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aGrafanaThatNeverAnswersItsHealthRouteIsUnreachableInTimeAndInconclusive() {
    lab.grafana.faults().setFor("/api/health", Fault.Stall.forever());

    Report report = diagnoseWithin("1s", "flux-ok");

    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    Finding unreachable = report.findings().stream().filter(f -> f.code() == FindingCode.GRAFANA_UNREACHABLE).findFirst().orElseThrow();
    assertThat(unreachable.title()).contains("timed out");
    assertThat(unreachable.evidence().toString()).contains("no answer before the diagnosis deadline");
    assertThat(line(report, "grafana.reachable").status()).isEqualTo(CheckStatus.FAILED);
    assertThat(line(report, "grafana.health").status()).isEqualTo(CheckStatus.SKIPPED);
    assertThat(line(report, "grafana.health").detail()).contains("deadline reached");
    assertThat(report.checklist().isComplete()).isTrue();
  }

  @Test
  void aDataSourceHealthCheckThatNeverAnswersKeepsWhatIsKnownAndIsInconclusive() {
    lab.grafana.faults().setFor("/api/datasources/uid/flux-ok/health", Fault.Stall.forever());

    Report report = diagnoseWithin("1s", "flux-ok");

    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(line(report, "grafana.reachable").status()).isEqualTo(CheckStatus.PASSED);
    assertThat(line(report, "grafana.settings").status()).isEqualTo(CheckStatus.PASSED);
    assertThat(line(report, "grafana.health").status()).isEqualTo(CheckStatus.FAILED);
    assertThat(report.findings()).anyMatch(f -> f.evidence().toString().contains("no answer before the diagnosis deadline"));
    assertThat(report.checklist().isComplete()).isTrue();
  }

  /**
   * Each request alone fits its own timeout, but together they overrun the deadline: Grafana's
   * health check answering OK after the deadline must not make the data source HEALTHY.
   */
  @Test
  void requestsThatEachFitTheirTimeoutButTogetherOverrunTheDeadlineAreCutOff() {
    lab.grafana.faults().setFor("/api/health", Fault.Stall.of(Duration.ofMillis(1500)));
    lab.grafana.faults().setFor("/api/datasources/uid/flux-ok/health", Fault.Stall.of(Duration.ofMillis(1500)));
    CoreCommandHandler handler = lab.handler(lab.config(folder, "2s", "2s", ""));

    Reply reply = assertTimeoutPreemptively(HANG_GUARD, () -> handler.handle(new Command.Diagnose("flux-ok"), ALICE, ProgressListener.NONE));

    Report report = ((Reply.ReportReply) reply).report();
    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(line(report, "grafana.reachable").status()).isEqualTo(CheckStatus.PASSED);
    assertThat(line(report, "grafana.health").status()).isEqualTo(CheckStatus.FAILED);
    assertThat(line(report, "grafana.health").detail()).contains("deadline");
  }
}
