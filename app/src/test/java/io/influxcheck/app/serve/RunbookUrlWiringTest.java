package io.influxcheck.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.slack.api.util.json.GsonFactory;
import io.influxcheck.config.ConfigLoader;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.discord.EmbedRenderer;
import io.influxcheck.lab.fixtures.ReportFixtures;
import io.influxcheck.slack.BlockKitRenderer;
import io.influxcheck.slack.SlackMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

/** The configured {@code runbookUrl} reaches the findings both chat apps render; without it they name the command. */
class RunbookUrlWiringTest {
  private static final String RUNBOOK = "https://wiki.example.com/sre/influx-check/RUNBOOK.html";
  private static final Map<String, String> ENV = Map.of(
      "SLACK_BOT_TOKEN", "xoxb-canary-wiring-0001",
      "SLACK_APP_TOKEN", "xapp-canary-wiring-0002",
      "DISCORD_TOKEN", "discord-canary-wiring-0003");
  private static final String CHAT_SECTIONS = String.join("\n",
      "slack:",
      "  botToken: ${SLACK_BOT_TOKEN}",
      "  appToken: ${SLACK_APP_TOKEN}",
      "discord:",
      "  token: ${DISCORD_TOKEN}",
      "");

  @Test
  void aConfiguredRunbookUrlReachesSlackAndDiscordReports() throws Exception {
    Injector injector = injectorFor("runbookUrl: " + RUNBOOK + "\n" + CHAT_SECTIONS);
    String link = RUNBOOK + "#" + FindingCode.TOKEN_INVALID.anchor();

    assertThat(slackReport(injector)).contains("<" + link + "|").doesNotContain("/influx-check runbook");
    assertThat(discordReport(injector)).contains("(" + link + ")").doesNotContain("/influx-check runbook code:");
  }

  @Test
  void withoutARunbookUrlFindingsPointToTheRunbookCommand() throws Exception {
    Injector injector = injectorFor(CHAT_SECTIONS);

    assertThat(slackReport(injector)).contains("/influx-check runbook " + FindingCode.TOKEN_INVALID.anchor())
        .doesNotContain("wiki.example.com");
    assertThat(discordReport(injector)).contains("/influx-check runbook code:" + FindingCode.TOKEN_INVALID.anchor())
        .doesNotContain("wiki.example.com");
  }

  private static Injector injectorFor(String yaml) throws Exception {
    InfluxCheckConfig config = new ConfigLoader(ENV::get).parse(yaml, Path.of("influx-check.yaml"));
    List<Module> modules = new ArrayList<>(ChatModules.forConfig(config));
    assertThat(modules).hasSize(2);
    modules.add(new AbstractModule() {
      @Override
      protected void configure() {
        bind(CommandHandler.class).toInstance(new CommandHandler() {
          @Override
          public Reply handle(Command command, Requester requester, ProgressListener progress) {
            throw new AssertionError("not called by rendering");
          }

          @Override
          public List<DataSourceEntry> knownDataSources() {
            return List.of();
          }
        });
      }
    });
    return Guice.createInjector(modules);
  }

  private static String slackReport(Injector injector) {
    SlackMessage message = injector.getInstance(BlockKitRenderer.class).report(ReportFixtures.badToken());
    return new GsonBuilder().disableHtmlEscaping().create()
        .toJson(GsonFactory.createSnakeCase().toJsonTree(message.blocks()));
  }

  private static String discordReport(Injector injector) {
    MessageEditData message = injector.getInstance(EmbedRenderer.class).report(ReportFixtures.badToken());
    return message.getEmbeds().stream().map(MessageEmbed::toData).map(Object::toString).collect(Collectors.joining("\n"));
  }
}
