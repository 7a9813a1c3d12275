package io.influxcheck.lab.scenario.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.grafana.GrafanaPermission;
import io.influxcheck.lab.grafana.ServiceAccount;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot's own access to Grafana: unreachable, rejected token (invalid, expired, revoked), missing permission. */
class GrafanaAccessScenarioTest {
  private static final Requester ALICE = new Requester("console", "alice", "alice");

  @TempDir
  Path folder;

  private final GrafanaLab lab = new GrafanaLab();

  @AfterEach
  void stop() {
    lab.close();
  }

  private Report only(Reply reply) {
    assertThat(reply).as("%s", reply).isInstanceOf(Reply.ReportReply.class);
    Report report = ((Reply.ReportReply) reply).report();
    GrafanaScenarioTest.assertNoCanary(report.toString());
    return report;
  }

  private CoreCommandHandler withBotToken(String token) {
    lab.env.put("GRAFANA_TOKEN", token);
    return lab.handler(lab.config(folder, ""));
  }

  private static FindingCode single(Report report) {
    assertThat(report.findings()).hasSize(1);
    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    return report.findings().get(0).code();
  }

  @Test
  void aGrafanaThatIsDownIsUnreachable() {
    CoreCommandHandler handler = lab.handler(lab.config(folder, ""));
    lab.grafana.close();
    Report report = only(handler.handle(new Command.Diagnose("flux-ok"), ALICE, ProgressListener.NONE));
    assertThat(single(report)).isEqualTo(FindingCode.GRAFANA_UNREACHABLE);
    assertThat(report.findings().get(0).fix().description()).contains("grafana[lab].url");
  }

  @Test
  void anUnknownExpiredOrRevokedBotTokenIsToldApart() {
    Finding unknown = only(withBotToken("glsa_unknownToken0000000000000000000000_00000000")
        .handle(new Command.Diagnose("flux-ok"), ALICE, ProgressListener.NONE)).findings().get(0);
    assertThat(unknown.code()).isEqualTo(FindingCode.GRAFANA_TOKEN_INVALID);
    assertThat(unknown.title()).contains("Invalid API key");

    String expiredToken = "glsa_canaryExpired00000000000000000000000_11111111";
    lab.grafanaState.add(ServiceAccount.admin("old-bot", expiredToken).expired());
    Report expired = only(withBotToken(expiredToken).handle(new Command.Diagnose("flux-ok"), ALICE, ProgressListener.NONE));
    assertThat(single(expired)).isEqualTo(FindingCode.GRAFANA_TOKEN_INVALID);
    assertThat(expired.findings().get(0).title()).contains("expired");

    String revokedToken = "glsa_canaryRevoked00000000000000000000000_22222222";
    lab.grafanaState.add(ServiceAccount.admin("gone-bot", revokedToken).revoked());
    Report revoked = only(withBotToken(revokedToken).handle(new Command.Diagnose("flux-ok"), ALICE, ProgressListener.NONE));
    assertThat(revoked.findings().get(0).title()).contains("revoked");
  }

  @Test
  void aServiceAccountWithoutReadIsToldThePermissionAndRole() {
    String queryOnly = "glsa_canaryQueryOnly000000000000000000000_33333333";
    lab.grafanaState.add(ServiceAccount.active("viewer-bot", queryOnly, GrafanaPermission.DATASOURCES_QUERY));
    CoreCommandHandler handler = withBotToken(queryOnly);

    Report report = only(handler.handle(new Command.Diagnose("flux-ok"), ALICE, ProgressListener.NONE));
    assertThat(single(report)).isEqualTo(FindingCode.GRAFANA_PERMISSION_MISSING);
    assertThat(report.findings().get(0).title()).contains("datasources:read");
    assertThat(report.findings().get(0).fix().description()).contains("fixed:datasources:reader");

    Reply all = handler.handle(new Command.DiagnoseAll(), ALICE, ProgressListener.NONE);
    List<Report> reports = ((Reply.SummaryReply) all).reports();
    assertThat(reports).singleElement().satisfies(r -> assertThat(r.findings().get(0).code()).isEqualTo(FindingCode.GRAFANA_PERMISSION_MISSING));
  }

  @Test
  void aServiceAccountWithoutQueryCannotRunTheHealthCheck() {
    String readOnly = "glsa_canaryReadOnly0000000000000000000000_44444444";
    lab.grafanaState.add(ServiceAccount.active("reader-bot", readOnly, GrafanaPermission.DATASOURCES_READ));
    Report report = only(withBotToken(readOnly).handle(new Command.Diagnose("flux-ok"), ALICE, ProgressListener.NONE));
    assertThat(report.findings()).extracting(Finding::code).contains(FindingCode.GRAFANA_PERMISSION_MISSING);
    assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.GRAFANA_PERMISSION_MISSING).singleElement()
        .satisfies(f -> assertThat(f.title()).contains("datasources:query"));
    assertThat(report.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }
}
