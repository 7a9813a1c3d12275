package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetestCoalescerTest {
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final RetestCoalescer<String> coalescer = new RetestCoalescer<>(executor);
  private final AtomicInteger calls = new AtomicInteger();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aReTestOfTheSameTargetWhileOneRunsSharesIt() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    CompletableFuture<String> first = coalescer.run("uid@prod", () -> held(gate, "result"));
    CompletableFuture<String> second = coalescer.run("uid@prod", () -> held(gate, "other"));
    CompletableFuture<String> otherTarget = coalescer.run("uid@staging", () -> held(gate, "staging"));

    gate.countDown();

    assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("result");
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("result");
    assertThat(otherTarget.get(5, TimeUnit.SECONDS)).isEqualTo("staging");
    assertThat(calls.get()).isEqualTo(2);
  }

  @Test
  void aReTestAfterTheLastFinishedStartsANewCall() throws Exception {
    coalescer.run("uid@prod", () -> held(new CountDownLatch(0), "a")).get(5, TimeUnit.SECONDS);

    assertThat(coalescer.run("uid@prod", () -> held(new CountDownLatch(0), "b")).get(5, TimeUnit.SECONDS)).isEqualTo("b");
    assertThat(calls.get()).isEqualTo(2);
  }

  @Test
  void aFailingCallFailsItsSharersAndIsNotRemembered() throws Exception {
    CompletableFuture<String> failed = coalescer.run("uid@prod", () -> {
      throw new IllegalStateException("boom");
    });
    assertThat(failed).failsWithin(5, TimeUnit.SECONDS);

    assertThat(coalescer.run("uid@prod", () -> "fine").get(5, TimeUnit.SECONDS)).isEqualTo("fine");
  }

  private String held(CountDownLatch gate, String result) {
    calls.incrementAndGet();
    try {
      assertThat(gate.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result;
  }
}
