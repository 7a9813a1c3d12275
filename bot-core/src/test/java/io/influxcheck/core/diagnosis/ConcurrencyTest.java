package io.influxcheck.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.report.Report;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Independent probes are in flight together: each answer waits until all three requests have arrived. */
class ConcurrencyTest {
  private static final String TOKEN = "concurrency-token-00000000000000000";

  @Test
  void pingHealthAndGrafanasQueryRunAtTheSameTime() throws Exception {
    FakeInflux2 influx = new FakeInflux2().org("myorg", "0000000000000001")
        .bucket("00000000000000b1", "myorg", "telegraf").token(TOKEN, true, "myorg", "telegraf");
    CountDownLatch allArrived = new CountDownLatch(3);
    Set<String> together = Set.of("/ping", "/health", "/api/v2/query");
    StubServer.Route barrier = call -> {
      if (together.contains(call.path())) {
        allArrived.countDown();
        try {
          if (!allArrived.await(3, TimeUnit.SECONDS)) {
            return StubServer.Reply.json(500, "{\"code\":\"internal error\",\"message\":\"probes were not concurrent\"}");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return influx.answer(call);
    };
    try (StubServer server = StubServer.start(barrier)) {
      Report report = Diagnosis.diagnoser().diagnose(Diagnosis.flux(server.url(), TOKEN).build());

      assertThat(report.verdict()).isEqualTo(Verdict.HEALTHY);
      assertThat(allArrived.getCount()).isZero();
    }
  }
}
