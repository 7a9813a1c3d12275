package io.influxcheck.slack;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command off Bolt's request thread: the core handler with a live checklist, then the final
 * answer in the same message. Errors about bad input go only to the requester when nothing was
 * posted yet. Nothing here throws: every outcome ends as a message or a log line.
 */
final class AnswerRunner {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerRunner.class);

  /** One unit of work; {@code before} is what a clicked Re-test button carried. */
  record Job(Command command, Requester requester, String what, MessageSink sink, String responseUrl, Optional<RetestButton> before) {
    Job {
      Objects.requireNonNull(command, "command is null");
      Objects.requireNonNull(requester, "requester is null");
      Objects.requireNonNull(sink, "sink is null");
      before = before == null ? Optional.empty() : before;
    }
  }

  private final CommandHandler handler;
  private final BlockKitRenderer renderer;
  private final SlackPoster poster;
  private final ExecutorService workers;
  private final ScheduledExecutorService scheduler;
  private final Duration updateInterval;

  AnswerRunner(CommandHandler handler, BlockKitRenderer renderer, SlackPoster poster, ExecutorService workers,
      ScheduledExecutorService scheduler, Duration updateInterval) {
    this.handler = handler;
    this.renderer = renderer;
    this.poster = poster;
    this.workers = workers;
    this.scheduler = scheduler;
    this.updateInterval = updateInterval;
  }

  /** Queues the job; throws {@link java.util.concurrent.RejectedExecutionException} when the bot is saturated. */
  void submit(Job job) {
    workers.execute(() -> runGuarded(job));
  }

  /**
   * {@link #run} on a worker: the Slack SDK's OkHttp can rethrow an interrupt (the adapter closing) as
   * an undeclared, checked {@link InterruptedException}, and the SDK may throw unchecked exceptions;
   * neither may escape to the pool as an uncaught exception.
   */
  void runGuarded(Job job) {
    try {
      run(job);
    } catch (Exception e) {
      if (e instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
        Thread.currentThread().interrupt();
        LOG.debug("Answering {} stopped: the adapter is closing", job.what());
      } else {
        LOG.error("Answering {} failed [{}]", job.command(), SlackListeners.reference(), e);
      }
    }
  }

  void run(Job job) {
    String userId = job.requester().userId();
    ProgressCoalescer progress = new ProgressCoalescer(job.sink(),
        checklists -> renderer.progress(job.what(), checklists, userId), scheduler, updateInterval);
    SlackMessage answer;
    try {
      Reply reply = handler.handle(job.command(), job.requester(), progress);
      answer = renderer.render(reply, userId, job.before());
    } catch (RuntimeException e) {
      String reference = SlackListeners.reference();
      LOG.error("Answering {} failed [{}]", job.command(), reference, e);
      answer = renderer.failure("The bot failed while answering; the data source was not judged.", reference);
    } finally {
      progress.stop();
    }
    deliver(job, answer);
  }

  private void deliver(Job job, SlackMessage answer) {
    try {
      if (answer.ephemeral() && !job.sink().hasShown()) {
        poster.respond(job.responseUrl(), answer, true, false);
      } else {
        job.sink().show(answer);
      }
    } catch (DeliveryException e) {
      if (MessageSinks.closing() || workers.isShutdown()) {
        LOG.debug("Answer to {} not delivered: the adapter is closing", job.what());
        return;
      }
      LOG.warn("Could not deliver the answer to {}: {}", job.what(), e.getMessage());
      try {
        poster.respond(job.responseUrl(), renderer.failure("Slack did not accept the answer (" + e.getMessage() + ").",
            SlackListeners.reference()), true, false);
      } catch (DeliveryException again) {
        LOG.warn("Could not tell the requester either: {}", again.getMessage());
      }
    }
  }
}
