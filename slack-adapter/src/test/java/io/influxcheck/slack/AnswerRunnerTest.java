package io.influxcheck.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.lab.fixtures.ReportFixtures;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A worker never lets an exception escape: not the SDK's undeclared InterruptedException at shutdown, nor a bug. */
class AnswerRunnerTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService workers = Executors.newSingleThreadExecutor();
  private final BlockKitRenderer renderer = new BlockKitRenderer("");

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
    workers.shutdownNow();
    Thread.interrupted();
  }

  @Test
  void anInterruptRethrownAsCheckedInterruptedExceptionEndsTheJobQuietlyAndKeepsTheInterrupt() {
    AnswerRunner runner = runner();
    assertThatCode(() -> runner.runGuarded(job(new ThrowingSink(new InterruptedException("closing")))))
        .doesNotThrowAnyException();
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void anUncheckedFailureWhileDeliveringIsLoggedNotThrown() {
    AnswerRunner runner = runner();
    assertThatCode(() -> runner.runGuarded(job(new ThrowingSink(new IllegalStateException("sdk bug")))))
        .doesNotThrowAnyException();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  private AnswerRunner runner() {
    ScriptedCommandHandler handler = new ScriptedCommandHandler(command -> new Reply.ReportReply(ReportFixtures.healthy()));
    return new AnswerRunner(handler, renderer, null, workers, scheduler, Duration.ofSeconds(1));
  }

  private static AnswerRunner.Job job(MessageSink sink) {
    return new AnswerRunner.Job(new Command.Diagnose("influx-prod"), new Requester("slack", "U1", "alice"), "influx-prod",
        sink, "", Optional.empty());
  }

  /** Throws what it was given, the way a Kotlin library can throw a checked exception undeclared. */
  private static final class ThrowingSink implements MessageSink {
    private final Exception failure;

    ThrowingSink(Exception failure) {
      this.failure = failure;
    }

    @Override
    public void show(SlackMessage message) {
      ThrowingSink.<RuntimeException>sneaky(failure);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> void sneaky(Exception e) throws E {
      throw (E) e;
    }

    @Override
    public boolean canUpdate() {
      return false;
    }

    @Override
    public boolean hasShown() {
      return false;
    }
  }
}
