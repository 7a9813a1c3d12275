package io.influxcheck.lab.scenario.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import io.influxcheck.lab.grafana.GrafanaDataSource;
import io.influxcheck.lab.grafana.HealthGate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-test through Grafana's health API: before/after around a fix, and one call for concurrent presses. */
class GrafanaRetestScenarioTest {
  @TempDir
  Path folder;

  private final GrafanaLab lab = new GrafanaLab();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    pool.shutdownNow();
    lab.close();
  }

  private static RetestResult result(Reply reply) {
    assertThat(reply).as("%s", reply).isInstanceOf(Reply.RetestReply.class);
    RetestResult result = ((Reply.RetestReply) reply).result();
    GrafanaScenarioTest.assertNoCanary(result.toString());
    return result;
  }

  @Test
  void aRetestAfterTheFixComparesWithTheFailureBefore() {
    CoreCommandHandler handler = lab.handler(lab.config(folder, ""));
    Requester alice = new Requester("slack", "U1", "alice");
    RetestResult before = result(handler.handle(new Command.Retest("flux-stale@lab"), alice, ProgressListener.NONE));
    assertThat(before.current().status()).isEqualTo(HealthStatus.ERROR);
    assertThat(before.current().cause()).isEqualTo(FindingCode.TOKEN_INVALID);
    assertThat(before.isOk()).isFalse();

    GrafanaDataSource stale = lab.grafanaState.dataSource("flux-stale").orElseThrow();
    lab.grafanaState.add(stale.toBuilder().secret("token", GrafanaLab.GOOD_TOKEN).build());

    RetestResult after = result(handler.handle(new Command.Retest("Flux Stale"), alice, ProgressListener.NONE));
    assertThat(after.isOk()).isTrue();
    assertThat(after.current().message()).startsWith("datasource is working.");
    assertThat(after.previous()).isEqualTo(before.current());
    assertThat(after.requestedBy()).isEqualTo("alice");
    assertThat(lab.grafanaState.healthCalls("flux-stale")).isEqualTo(2);
  }

  @Test
  void concurrentRetestsShareOneHealthCall() throws Exception {
    CountDownLatch joined = new CountDownLatch(1);
    CoreCommandHandler handler = lab.handler(lab.config(folder, ""), key -> joined.countDown());
    handler.knownDataSources();
    try (HealthGate gate = lab.grafanaState.holdHealthChecks()) {
      CompletableFuture<Reply> alice = CompletableFuture.supplyAsync(() -> handler.handle(new Command.Retest("flux-ok@lab"),
          new Requester("slack", "U1", "alice"), ProgressListener.NONE), pool);
      assertThat(gate.awaitHeld(1, Duration.ofSeconds(10))).isTrue();
      CompletableFuture<Reply> bob = CompletableFuture.supplyAsync(() -> handler.handle(new Command.Retest("flux-ok@lab"),
          new Requester("discord", "42", "bob"), ProgressListener.NONE), pool);
      assertThat(joined.await(10, TimeUnit.SECONDS)).isTrue();
      gate.release();

      RetestResult a = result(alice.get(10, TimeUnit.SECONDS));
      RetestResult b = result(bob.get(10, TimeUnit.SECONDS));
      assertThat(a.isOk()).isTrue();
      assertThat(b.current()).isEqualTo(a.current());
      assertThat(b.requestedBy()).isEqualTo("bob");
    }
    assertThat(lab.grafanaState.healthCalls("flux-ok")).isEqualTo(1);
  }
}
