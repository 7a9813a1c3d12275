package io.influxcheck.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageSinksTest {
  private static final SlackMessage MESSAGE = SlackMessage.of("checking", List.of(BlockLimits.section("checking")));
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aProbeAskingWhetherTheSinkUpdatesIsNotHeldUpByAPostWaitingOnSlack() throws Exception {
    CountDownLatch posting = new CountDownLatch(1);
    CountDownLatch slackAnswers = new CountDownLatch(1);
    MessageSink slow = new StubSink(true) {
      @Override
      public void show(SlackMessage message) throws DeliveryException {
        posting.countDown();
        await(slackAnswers);
        super.show(message);
      }
    };
    MessageSink sink = MessageSinks.withFallback(slow, new StubSink(false));
    Future<?> post = threads.submit(() -> {
      sink.show(MESSAGE);
      return null;
    });
    assertThat(posting.await(10, TimeUnit.SECONDS)).isTrue();

    // the probe thread's question is answered while the post still waits for Slack
    CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(sink::canUpdate, threads);
    assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(post.isDone()).isFalse();

    slackAnswers.countDown();
    post.get(10, TimeUnit.SECONDS);
    assertThat(sink.hasShown()).isTrue();
  }

  @Test
  void afterTheFirstPostFailsTheFallbackCarriesTheRestAndDecidesAboutUpdates() throws Exception {
    StubSink fallback = new StubSink(false);
    MessageSink sink = MessageSinks.withFallback(new StubSink(true) {
      @Override
      public void show(SlackMessage message) throws DeliveryException {
        throw new DeliveryException("chat.postMessage failed: not_in_channel");
      }
    }, fallback);

    sink.show(MESSAGE);

    assertThat(fallback.shown).isTrue();
    assertThat(sink.hasShown()).isTrue();
    assertThat(sink.canUpdate()).as("a response_url cannot carry a live checklist").isFalse();
  }

  @Test
  void aPostCutOffBecauseTheAdapterIsClosingIsNotRetriedThroughTheFallback() {
    StubSink fallback = new StubSink(false);
    MessageSink sink = MessageSinks.withFallback(new StubSink(true) {
      @Override
      public void show(SlackMessage message) throws DeliveryException {
        Thread.currentThread().interrupt();  // what closing the adapter does to its workers
        throw new DeliveryException("chat.postMessage to C0OPS failed", new java.io.InterruptedIOException("interrupted"));
      }
    }, fallback);

    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> sink.show(MESSAGE)).isInstanceOf(DeliveryException.class);
      assertThat(fallback.shown).isFalse();
    } finally {
      Thread.interrupted();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static class StubSink implements MessageSink {
    private final boolean canUpdate;
    volatile boolean shown;

    StubSink(boolean canUpdate) {
      this.canUpdate = canUpdate;
    }

    @Override
    public void show(SlackMessage message) throws DeliveryException {
      shown = true;
    }

    @Override
    public boolean canUpdate() {
      return canUpdate;
    }

    @Override
    public boolean hasShown() {
      return shown;
    }
  }
}
