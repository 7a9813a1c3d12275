package io.influxcheck.app.grafana;

import io.influxcheck.app.cli.UsageError;
import io.influxcheck.app.runbook.RunbookEntries;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.command.CoreCommandHandlers;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.RunbookEntry;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Builds the one {@link CoreCommandHandler} of a CLI run from influx-check.yaml, the same way {@code serve} does. */
public final class HandlerFactory {
  private final InfluxCheckConfig config;
  private final Diagnoser direct;
  private final RunbookEntries runbook;
  private final Clock clock;

  @Inject
  public HandlerFactory(InfluxCheckConfig config, Diagnoser direct, RunbookEntries runbook, Clock clock) {
    this.config = config;
    this.direct = direct;
    this.runbook = runbook;
    this.clock = clock;
  }

  public InfluxCheckConfig config() {
    return config;
  }

  public CoreCommandHandler handler() {
    return CoreCommandHandlers.fromConfig(config, direct, this::runbookEntries, clock);
  }

  private List<RunbookEntry> runbookEntries() {
    try {
      return runbook.all();
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(HandlerFactory.class).warn("The runbook is not available: {}", e.getMessage());
      return List.of();
    }
  }

  /** Fails the command with exit code 2 for a usage error reply; returns the reply otherwise. */
  public static Reply orUsageError(Reply reply) {
    if (reply instanceof Reply.UsageError error) {
      throw new UsageError(error.message(), error.suggestions().stream().map(s -> "did you mean: " + s).toList());
    }
    return reply;
  }

  /** The config must name a Grafana or a provisioning file for the Grafana commands. */
  public void requireSources(String command) {
    if (config.grafana().isEmpty() && config.provisioning().isEmpty()) {
      throw new UsageError("`" + command + "` needs data sources: add `grafana:` (name, url, token) or `provisioning:` to "
          + config.file().map(Object::toString).orElse("influx-check.yaml (give it with --config FILE)") + ".");
    }
  }
}
