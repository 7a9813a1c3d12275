package io.influxcheck.discord;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import io.influxcheck.lab.fixtures.ReportFixtures;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A command handler with a script: {@code influx-prod} diagnoses to the bad-token fixture and re-tests
 * OK; {@code boom} throws; anything else is unknown. Diagnoses and re-tests can be held open with gates
 * so tests observe what happens while they run. Records every command it is given.
 */
final class ScriptedCommandHandler implements CommandHandler {
  static final DataSourceRef PROD = ReportFixtures.badToken().datasource();

  final BlockingQueue<Command> received = new LinkedBlockingQueue<>();
  final AtomicInteger retestCalls = new AtomicInteger();
  final CountDownLatch diagnosisGate = new CountDownLatch(1);
  final CountDownLatch retestGate = new CountDownLatch(1);
  final CountDownLatch diagnosisFinished = new CountDownLatch(1);
  volatile boolean holdDiagnosis;
  volatile boolean holdRetest;

  @Override
  public Reply handle(Command command, Requester requester, ProgressListener progress) {
    received.add(command);
    if (command instanceof Command.Diagnose) {
      return diagnose(((Command.Diagnose) command).target(), progress);
    }
    if (command instanceof Command.Retest) {
      String target = ((Command.Retest) command).target();
      if (!matchesProd(target)) {
        return unknown(target);
      }
      retestCalls.incrementAndGet();
      await(holdRetest, retestGate);
      return new Reply.RetestReply(new RetestResult(PROD,
          new HealthSnapshot(HealthStatus.OK, "Data source is working. 3 buckets found", null, Instant.parse("2025-06-02T09:31:00Z")),
          null, 87, requester.displayName()));
    }
    if (command instanceof Command.Help) {
      return new Reply.HelpReply("usage");
    }
    if (command instanceof Command.ListDataSources || command instanceof Command.DefaultAction) {
      return new Reply.DataSourceList(knownDataSources());
    }
    return new Reply.UsageError("not scripted: " + command, List.of());
  }

  private Reply diagnose(String target, ProgressListener progress) {
    if (target.equals("boom")) {
      throw new IllegalStateException("scripted failure");
    }
    if (!matchesProd(target)) {
      return unknown(target);
    }
    Checklist checklist = new Checklist("influx-prod", List.of(
        new CheckLine("reach", "InfluxDB reachable", CheckStatus.RUNNING, ""),
        new CheckLine("token", "Token accepted", CheckStatus.PENDING, "")));
    progress.onProgress(checklist);
    await(holdDiagnosis, diagnosisGate);
    progress.onProgress(checklist.with(new CheckLine("reach", "InfluxDB reachable", CheckStatus.PASSED, "2.7.12")));
    diagnosisFinished.countDown();
    return new Reply.ReportReply(ReportFixtures.badToken());
  }

  private static boolean matchesProd(String target) {
    return target.equals(PROD.name()) || target.equals(PROD.uid()) || target.equals(PROD.key());
  }

  private static Reply unknown(String target) {
    return new Reply.UsageError("Unknown data source `" + target + "`.", List.of(PROD.name()));
  }

  private static void await(boolean hold, CountDownLatch gate) {
    if (!hold) {
      return;
    }
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<DataSourceEntry> knownDataSources() {
    return List.of(
        new DataSourceEntry(PROD, "file influx.yaml"),
        new DataSourceEntry(new DataSourceRef("influx-legacy", "InfluxLegacy01", "http://influxdb-legacy.internal:8086",
            QueryLanguage.INFLUXQL, "prod", ""), "grafana prod"),
        new DataSourceEntry(new DataSourceRef("staging", "stg1", "http://influx-stg:8086", QueryLanguage.FLUX, "", ""), ""));
  }
}
