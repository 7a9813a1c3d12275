package io.influxcheck.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.influxcheck.config.ChatChannel;
import io.influxcheck.config.SlackReply;
import io.influxcheck.config.SlackSettings;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CommandParser;
import io.influxcheck.core.command.Requester;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt listeners: {@code /influx-check} and the buttons. Each listener only parses, picks where
 * the answer goes, hands the work to {@link AnswerRunner} and returns the ack, so Slack always gets
 * its acknowledgement at once. A failure in one request is caught here and never reaches Bolt.
 */
final class SlackListeners {
  static final String COMMAND = "/influx-check";
  private static final Logger LOG = LoggerFactory.getLogger(SlackListeners.class);

  private final SlackSettings settings;
  private final BlockKitRenderer renderer;
  private final SlackPoster poster;
  private final AnswerRunner runner;
  private final CommandParser parser = new CommandParser();

  SlackListeners(SlackSettings settings, BlockKitRenderer renderer, SlackPoster poster, AnswerRunner runner) {
    this.settings = settings;
    this.renderer = renderer;
    this.poster = poster;
    this.runner = runner;
  }

  void register(App app) {
    app.command(COMMAND, this::onCommand);
    app.blockAction(ActionIds.RETEST, this::onRetest);
    app.blockAction(ActionIds.DIAGNOSE, this::onDiagnose);
    app.blockAction(ActionIds.OPEN_GRAFANA, (req, ctx) -> ctx.ack());
  }

  Response onCommand(SlashCommandRequest req, SlashCommandContext ctx) {
    try {
      SlashCommandPayload p = req.getPayload();
      ChatChannel<SlackReply> channel = settings.channel(p.getChannelId());
      Command command = withChannelDefault(parser.parse(p.getText()), p.getText(), channel);
      if (command instanceof Command.Invalid invalid) {
        return ackOnlyForRequester(ctx, renderer.usageError(invalid.message(), invalid.suggestions()));
      }
      if (command instanceof Command.Help) {
        return ackOnlyForRequester(ctx, renderer.help(CommandParser.USAGE));
      }
      Requester requester = new Requester("slack", p.getUserId(), p.getUserName());
      String what = subject(command);
      MessageSink sink = sinkFor(channel.reply(), p, what);
      runner.submit(new AnswerRunner.Job(command, requester, what, sink, p.getResponseUrl(), Optional.empty()));
      if (channel.reply() == SlackReply.EPHEMERAL && isDiagnosis(command)) {
        return ackOnlyForRequester(ctx, renderer.progress(what, List.of(), p.getUserId()));
      }
      return ctx.ack();
    } catch (RejectedExecutionException e) {
      return ackOnlyForRequester(ctx, renderer.failure("The bot is busy with other diagnoses; try again in a minute.", "busy"));
    } catch (RuntimeException e) {
      String reference = reference();
      LOG.error("Slash command failed [{}]", reference, e);
      return ackOnlyForRequester(ctx, renderer.failure("Something went wrong while reading the command.", reference));
    }
  }

  /**
   * No argument diagnoses the channel's default (or lists the data sources); a bare {@code retest} re-tests the
   * channel's default, as on Discord. Without a default a bare {@code retest} stays the parser's usage reply.
   */
  private static Command withChannelDefault(Command parsed, String text, ChatChannel<SlackReply> channel) {
    Optional<String> channelDefault = channel.defaultDatasource().filter(ds -> !ds.isBlank());
    if (parsed instanceof Command.DefaultAction) {
      return channelDefault.<Command>map(Command.Diagnose::new).orElseGet(Command.ListDataSources::new);
    }
    boolean bareRetest = text != null && text.strip().equalsIgnoreCase("retest");
    if (parsed instanceof Command.Invalid && bareRetest && channelDefault.isPresent()) {
      return new Command.Retest(channelDefault.get());
    }
    return parsed;
  }

  Response onRetest(BlockActionRequest req, ActionContext ctx) {
    return onButton(req, ctx, true);
  }

  Response onDiagnose(BlockActionRequest req, ActionContext ctx) {
    return onButton(req, ctx, false);
  }

  private Response onButton(BlockActionRequest req, ActionContext ctx, boolean retest) {
    BlockActionPayload p = req.getPayload();
    try {
      String value = p.getActions() == null || p.getActions().isEmpty() ? "" : p.getActions().get(0).getValue();
      Optional<RetestButton> before = retest ? RetestButton.decode(value) : Optional.empty();
      String target = retest ? before.map(RetestButton::ds).orElse("") : (value == null ? "" : value.strip());
      if (target.isEmpty()) {
        replyOnlyToClicker(p, renderer.usageError("This button carries no data source; run `/influx-check list` and pick one again.", List.of()));
        return ctx.ack();
      }
      Command command = retest ? new Command.Retest(target) : new Command.Diagnose(target);
      String name = before.map(RetestButton::name).orElse(target);
      Requester requester = new Requester("slack", p.getUser() == null ? "" : p.getUser().getId(),
          p.getUser() == null ? "" : p.getUser().getUsername());
      runner.submit(new AnswerRunner.Job(command, requester, name, sinkForClick(p), p.getResponseUrl(), before));
    } catch (RejectedExecutionException e) {
      replyOnlyToClicker(p, renderer.failure("The bot is busy with other diagnoses; try again in a minute.", "busy"));
    } catch (RuntimeException e) {
      String reference = reference();
      LOG.error("Button click failed [{}]", reference, e);
      replyOnlyToClicker(p, renderer.failure("Something went wrong while handling the click.", reference));
    }
    return ctx.ack();
  }

  private MessageSink sinkFor(SlackReply style, SlashCommandPayload p, String what) {
    MessageSink viaResponseUrl = MessageSinks.responseUrl(poster, p.getResponseUrl(), style == SlackReply.EPHEMERAL, false);
    return switch (style) {
      case CHANNEL -> MessageSinks.withFallback(MessageSinks.channel(poster, p.getChannelId(), null), viaResponseUrl);
      case THREAD -> MessageSinks.withFallback(MessageSinks.thread(poster, p.getChannelId(), threadParent(p, what)), viaResponseUrl);
      case EPHEMERAL -> viaResponseUrl;
    };
  }

  /** The message a button was clicked in: updated in place (chat.update), or through the response_url when ephemeral. */
  private MessageSink sinkForClick(BlockActionPayload p) {
    MessageSink viaResponseUrl = MessageSinks.responseUrl(poster, p.getResponseUrl(), false, true);
    BlockActionPayload.Container container = p.getContainer();
    if (container == null || container.isEphemeral() || container.getMessageTs() == null || container.getChannelId() == null) {
      return viaResponseUrl;
    }
    return MessageSinks.withFallback(MessageSinks.existing(poster, container.getChannelId(), container.getMessageTs()), viaResponseUrl);
  }

  private SlackMessage threadParent(SlashCommandPayload p, String what) {
    String text = Mrkdwn.user(p.getUserId()) + " asked influx-check about " + Mrkdwn.escapeFit(what, 300)
        + ": the checks and the report are in this thread.";
    return SlackMessage.of("influx-check: " + Mrkdwn.fit(what, 300), List.of(BlockLimits.section(text)));
  }

  private void replyOnlyToClicker(BlockActionPayload p, SlackMessage message) {
    try {
      poster.respond(p.getResponseUrl(), message, true, false);
    } catch (DeliveryException e) {
      LOG.warn("Could not answer the click: {}", e.getMessage());
    }
  }

  private static Response ackOnlyForRequester(SlashCommandContext ctx, SlackMessage message) {
    return ctx.ack(SlashCommandResponse.builder().responseType("ephemeral").text(message.text()).blocks(message.blocks()).build());
  }

  private static boolean isDiagnosis(Command command) {
    return command instanceof Command.Diagnose || command instanceof Command.DiagnoseAll;
  }

  private static String subject(Command command) {
    if (command instanceof Command.Diagnose d) {
      return d.target();
    } else if (command instanceof Command.Retest r) {
      return r.target();
    } else if (command instanceof Command.DiagnoseAll) {
      return "all data sources";
    } else if (command instanceof Command.ListDataSources) {
      return "the data sources";
    } else if (command instanceof Command.Runbook) {
      return "the runbook";
    }
    return "influx-check";
  }

  static String reference() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
