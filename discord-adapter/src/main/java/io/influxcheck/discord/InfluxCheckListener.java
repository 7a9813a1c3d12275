package io.influxcheck.discord;

import io.influxcheck.config.ChatChannel;
import io.influxcheck.config.DiscordReply;
import io.influxcheck.config.DiscordSettings;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.retest.HealthStatus;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Discord interactions into core commands and answers with rendered replies. Slash commands
 * and buttons are acknowledged at once on JDA's event thread (well inside Discord's 3 seconds); the work
 * runs on the adapter's executor, ticking the live checklist, then the same message is edited into the
 * answer. Bad input and failures are answered only to the person who asked; one failing interaction
 * never affects another.
 */
final class InfluxCheckListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(InfluxCheckListener.class);
  /** Discord drops an autocomplete answer after 3 s. */
  private static final Duration AUTOCOMPLETE_BUDGET = Duration.ofMillis(2000);

  private final CommandHandler handler;
  private final EmbedRenderer renderer;
  private final DiscordSettings settings;
  private final Executor work;
  private final RetestCoalescer<Reply> retests;

  InfluxCheckListener(CommandHandler handler, EmbedRenderer renderer, DiscordSettings settings, Executor work) {
    this.handler = handler;
    this.renderer = renderer;
    this.settings = settings;
    this.work = work;
    this.retests = new RetestCoalescer<>(work);
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!InfluxCheckCommand.NAME.equals(event.getName())) {
      return;
    }
    ChatChannel<DiscordReply> channel = settings.channel(event.getChannelId());
    Command command = InfluxCheckCommand.toCommand(event.getSubcommandName(), option(event, InfluxCheckCommand.DATASOURCE),
        option(event, InfluxCheckCommand.CODE), channel.defaultDatasource().orElse(""));
    if (command instanceof Command.Invalid) {
      Command.Invalid invalid = (Command.Invalid) command;
      String text = renderer.usageText(new Reply.UsageError(invalid.message(), invalid.suggestions()));
      event.reply(MessageCreateData.fromContent(text)).setEphemeral(true)
          .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).queue(null, logFailure("usage reply"));
      return;
    }
    event.deferReply(channel.reply() == DiscordReply.EPHEMERAL).queue(null, logFailure("defer"));
    Requester requester = requester(event.getUser(), event.getMember());
    InteractionHook hook = event.getHook();
    String mention = event.getUser().getAsMention();
    if (command instanceof Command.Retest) {
      retest(((Command.Retest) command).target(), requester).whenComplete((reply, failure) -> {
        if (failure != null) {
          failed(hook, failure, true);
        } else {
          deliver(reply, mention, hook, true);
        }
      });
      return;
    }
    submit(hook, true, () -> answer(command, requester, mention, hook, true));
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Optional<ButtonAction> parsed = ButtonAction.parse(event.getComponentId());
    if (parsed.isEmpty()) {
      event.reply("⚠️ This button is from an older version of influx-check. Run `/influx-check` again.")
          .setEphemeral(true).queue(null, logFailure("unknown button reply"));
      return;
    }
    ButtonAction action = parsed.get();
    Requester requester = requester(event.getUser(), event.getMember());
    InteractionHook hook = event.getHook();
    String mention = event.getUser().getAsMention();
    if (action.kind() == ButtonAction.Kind.RETEST) {
      List<MessageEmbed> shown = event.getMessage() == null ? List.of() : event.getMessage().getEmbeds();
      // Joined before the acknowledgement is sent: a click Discord sees acknowledged shares a running re-test.
      CompletableFuture<Reply> result = retest(action.target(), requester);
      event.deferEdit().queue(null, logFailure("defer edit"));
      result.whenComplete((reply, failure) -> {
        if (failure != null) {
          failed(hook, failure, false);
        } else if (reply instanceof Reply.RetestReply) {
          edit(hook, RetestEmbeds.message(((Reply.RetestReply) reply).result(), action.shownBefore(), mention, shown));
        } else {
          deliver(reply, mention, hook, false);
        }
      });
    } else {
      event.deferEdit().queue(null, logFailure("defer edit"));
      submit(hook, false, () -> answer(new Command.Diagnose(action.target()), requester, mention, hook, false));
    }
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (!InfluxCheckCommand.NAME.equals(event.getName())) {
      return;
    }
    String typed = event.getFocusedOption().getValue();
    if (!InfluxCheckCommand.DATASOURCE.equals(event.getFocusedOption().getName())) {
      event.replyChoices(Choices.codes(typed)).queue(null, logFailure("autocomplete"));
      return;
    }
    // Listing may ask Grafana: off JDA's event thread, and with whatever is known after the budget.
    CompletableFuture.supplyAsync(handler::knownDataSources, work)
        .completeOnTimeout(List.of(), AUTOCOMPLETE_BUDGET.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionally(failure -> {
          log.warn("Autocomplete of /influx-check failed; offering no choices: {}", failure.toString());
          return List.of();
        })
        .thenAccept(known -> event.replyChoices(Choices.dataSources(known, typed)).queue(null, logFailure("autocomplete")));
  }

  /** Runs the command, ticking the checklist on the message, then edits the message into the answer. */
  private void answer(Command command, Requester requester, String mention, InteractionHook hook, boolean ownMessage) {
    LiveProgress progress = new LiveProgress(checklist -> hook.editOriginal(renderer.checklist(checklist)).submit());
    Reply reply;
    try {
      reply = handler.handle(command, requester, progress);
    } finally {
      progress.finish().join();
    }
    deliver(reply, mention, hook, ownMessage);
  }

  private CompletableFuture<Reply> retest(String target, Requester requester) {
    return retests.run(target, () -> handler.handle(new Command.Retest(target), requester, ProgressListener.NONE));
  }

  private void deliver(Reply reply, String mention, InteractionHook hook, boolean ownMessage) {
    if (reply instanceof Reply.UsageError) {
      privately(hook, renderer.usageText((Reply.UsageError) reply), ownMessage);
    } else if (reply instanceof Reply.RetestReply) {
      edit(hook, RetestEmbeds.message(((Reply.RetestReply) reply).result(), (HealthStatus) null, mention, List.of()));
    } else {
      edit(hook, renderer.render(reply));
    }
  }

  private void edit(InteractionHook hook, net.dv8tion.jda.api.utils.messages.MessageEditData message) {
    hook.editOriginal(message).queue(null, logFailure("edit"));
  }

  /** An answer only the requester sees; on the bot's own deferred message, the public "thinking" placeholder goes away. */
  private void privately(InteractionHook hook, String text, boolean ownMessage) {
    if (ownMessage) {
      hook.deleteOriginal().queue(null, logFailure("delete placeholder"));
    }
    hook.sendMessage(text).setEphemeral(true).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .queue(null, logFailure("ephemeral follow-up"));
  }

  private void submit(InteractionHook hook, boolean ownMessage, Runnable task) {
    Runnable guarded = () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        failed(hook, e, ownMessage);
      }
    };
    try {
      work.execute(guarded);
    } catch (RejectedExecutionException e) {
      privately(hook, "⚠️ influx-check is shutting down; try again in a minute.", ownMessage);
    }
  }

  private void failed(InteractionHook hook, Throwable failure, boolean ownMessage) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("Discord interaction failed (reference {})", reference, failure);
    privately(hook, renderer.internalErrorText(reference), ownMessage);
  }

  private static String option(SlashCommandInteractionEvent event, String name) {
    OptionMapping mapping = event.getOption(name);
    return mapping == null ? "" : mapping.getAsString();
  }

  private static Requester requester(User user, Member member) {
    return new Requester("discord", user.getId(), member != null ? member.getEffectiveName() : user.getEffectiveName());
  }

  private static Consumer<Throwable> logFailure(String what) {
    return failure -> log.warn("Discord {} failed: {}", what, failure.toString());
  }
}
