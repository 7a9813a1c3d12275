package io.influxcheck.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.influxcheck.config.ChatChannel;
import io.influxcheck.config.SlackReply;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import io.influxcheck.lab.fixtures.ReportFixtures;
import io.influxcheck.slack.fake.FakeSlack;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter through the real Bolt library and Socket Mode, against a fake Slack on loopback. */
class SlackSocketModeTest {
  private FakeSlack slack;
  private SlackAdapter adapter;
  private final ScriptedCommandHandler handler = new ScriptedCommandHandler(SlackSocketModeTest::defaultReply);

  @BeforeEach
  void startFakeSlack() throws Exception {
    slack = new FakeSlack();
  }

  @AfterEach
  void stop() throws Exception {
    if (adapter != null) {
      adapter.close();
    }
    slack.close();
  }

  private void startAdapter(Map<String, ChatChannel<SlackReply>> channels, Duration updateInterval) throws Exception {
    adapter = new SlackAdapter(TestSettings.socket(slack.apiUrl(), channels), handler, "", updateInterval,
        InetAddress.getLoopbackAddress());
    adapter.start();
    slack.socketMode().awaitConnection(FakeSlack.WAIT);
  }

  @Test
  void slashCommandIsAcknowledgedAtOnceThenTheChecklistTicksAndBecomesTheReport() throws Exception {
    Report report = ReportFixtures.badToken();
    handler.progress(List.of(checklist(CheckStatus.RUNNING, CheckStatus.PENDING), checklist(CheckStatus.PASSED, CheckStatus.RUNNING)), true);
    startAdapter(Map.of(), Duration.ZERO);

    String envelope = slack.slashCommand("influx-prod", "C0OPS", "ops", "U0ALICE");

    // the ack arrives while the diagnosis is still held at its first gate
    JsonObject ack = slack.awaitAck(envelope);
    assertThat(ack.has("payload")).as("an empty ack: the answer comes as a channel message").isFalse();
    ScriptedCommandHandler.Call call = handler.awaitCall();
    assertThat(call.command()).isEqualTo(new Command.Diagnose("influx-prod"));
    assertThat(call.requester().userId()).isEqualTo("U0ALICE");

    FakeSlack.ApiCall posted = slack.awaitCall("chat.postMessage");
    assertThat(posted.param("channel")).isEqualTo("C0OPS");
    assertThat(posted.authorization()).isEqualTo("Bearer " + TestSettings.BOT_TOKEN);
    assertThat(posted.blocksJson()).contains("Diagnosing influx-prod").contains(":hourglass_flowing_sand: InfluxDB reachable");
    String ts = "1700000000.000100";

    handler.step();
    FakeSlack.ApiCall ticked = slack.awaitCall("chat.update");
    assertThat(ticked.param("ts")).isEqualTo(ts);
    assertThat(ticked.blocksJson()).contains(":white_check_mark: InfluxDB reachable").contains(":hourglass_flowing_sand: Token accepted");

    handler.answer(c -> new Reply.ReportReply(report));
    handler.step();
    FakeSlack.ApiCall finalReport = slack.awaitCall("chat.update", c -> c.blocksJson().contains("Unhealthy: influx-prod"));
    assertThat(finalReport.param("ts")).isEqualTo(ts);
    assertThat(finalReport.blocksJson()).contains("TOKEN_INVALID").contains(ActionIds.RETEST).contains(ActionIds.DIAGNOSE);
    assertThat(slack.pending("chat.postMessage")).as("one message only").isEmpty();
    assertThat(slack.everythingReceived()).doesNotContain("canary").doesNotContain(ReportFixtures.CANARY_SECRET);
  }

  @Test
  void liveUpdatesAreCoalescedAndTheReportIsAlwaysTheLastUpdate() throws Exception {
    List<Checklist> many = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(checklist(i % 2 == 0 ? CheckStatus.RUNNING : CheckStatus.PASSED, CheckStatus.PENDING));
    }
    // Held after the first snapshot until it is on screen: otherwise, on a busy machine, the whole
    // diagnosis could finish before the scheduler sends that first snapshot, and the report alone
    // would be posted (fine for users, but not what this test checks).
    handler.progress(many, true);
    handler.answer(c -> new Reply.ReportReply(ReportFixtures.healthy()));
    startAdapter(Map.of(), Duration.ofHours(1));

    slack.slashCommand("influx-prod", "C0OPS", "ops", "U0ALICE");

    assertThat(slack.awaitCall("chat.postMessage").blocksJson()).contains("Diagnosing influx-prod");
    many.forEach(snapshot -> handler.step());
    FakeSlack.ApiCall last = slack.awaitCall("chat.update");
    assertThat(last.blocksJson()).contains("Healthy: influx-prod");
    assertThat(slack.pending("chat.update")).as("30 snapshots within the interval: one post, then only the report").isEmpty();
  }

  @Test
  void unknownWordsGetAnEphemeralUsageReplyAndNeverReachTheCore() throws Exception {
    startAdapter(Map.of(), Duration.ZERO);

    JsonObject ack = slack.awaitAck(slack.slashCommand("retst influx-prod", "C0OPS", "ops", "U0ALICE"));

    JsonObject payload = ack.getAsJsonObject("payload");
    assertThat(payload.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(payload.toString()).contains("Unknown command").contains("retest");
    assertThat(handler.pendingCalls()).isEmpty();
  }

  @Test
  void anUnknownDataSourceTheCoreRejectsIsAnsweredOnlyToTheRequester() throws Exception {
    handler.answer(c -> new Reply.UsageError("Unknown data source `influx-prd`.", List.of("influx-prod")));
    startAdapter(Map.of(), Duration.ZERO);

    String envelope = slack.slashCommand("influx-prd", "C0OPS", "ops", "U0ALICE");

    FakeSlack.ResponsePost post = slack.awaitResponse(envelope);
    assertThat(post.body().get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(post.body().toString()).contains("Unknown data source").contains("influx-prod");
    assertThat(handler.awaitCall().command()).isEqualTo(new Command.Diagnose("influx-prd"));
    assertThat(slack.pending("chat.postMessage")).as("nothing posted in the channel").isEmpty();
  }

  @Test
  void reTestClickUpdatesTheSameMessageWithBeforeAndAfter() throws Exception {
    Report before = ReportFixtures.badToken();
    handler.answer(c -> new Reply.RetestReply(new RetestResult(before.datasource(),
        new HealthSnapshot(HealthStatus.OK, "datasource is working. 3 buckets found", null, Instant.parse("2025-06-02T09:41:07Z")),
        null, 120, "bob")));
    startAdapter(Map.of(), Duration.ZERO);

    String envelope = slack.click(ActionIds.RETEST, RetestButton.after(before).encode().orElseThrow(), "C0OPS", "1700000000.000777", "U0BOB", false);

    assertThat(slack.awaitAck(envelope).keySet()).containsExactly("envelope_id");
    assertThat(handler.awaitCall().command()).isEqualTo(new Command.Retest(before.datasource().key()));
    FakeSlack.ApiCall updated = slack.awaitCall("chat.update");
    assertThat(updated.param("channel")).isEqualTo("C0OPS");
    assertThat(updated.param("ts")).isEqualTo("1700000000.000777");
    assertThat(updated.blocksJson()).contains("Re-test: fixed").contains("UNHEALTHY (diagnosis)")
        .contains("Token rejected by InfluxDB").contains("datasource is working").contains("Re-tested by <@U0BOB>");
  }

  @Test
  void afterADisconnectMessageTheBotReconnectsAndKeepsServing() throws Exception {
    handler.answer(c -> new Reply.ReportReply(ReportFixtures.healthy()));
    startAdapter(Map.of(), Duration.ZERO);

    slack.socketMode().disconnect("refresh_requested");
    slack.socketMode().awaitConnection(FakeSlack.WAIT);
    String envelope = slack.slashCommand("influx-prod", "C0OPS", "ops", "U0ALICE");

    assertThat(slack.awaitAck(envelope).get("envelope_id").getAsString()).isEqualTo(envelope);
    assertThat(slack.awaitCall("chat.postMessage").blocksJson()).contains("Healthy: influx-prod");
    assertThat(slack.methods().stream().filter("apps.connections.open"::equals).count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aFailingRequestAnswersWithAnErrorAndTheNextOneIsServed() throws Exception {
    handler.answer(c -> {
      throw new IllegalStateException("boom inside the core");
    });
    startAdapter(Map.of(), Duration.ZERO);

    slack.awaitAck(slack.slashCommand("influx-prod", "C0OPS", "ops", "U0ALICE"));
    FakeSlack.ApiCall failure = slack.awaitCall("chat.postMessage");
    assertThat(failure.blocksJson()).contains("The bot failed while answering").doesNotContain("boom inside the core");

    handler.answer(c -> new Reply.ReportReply(ReportFixtures.healthy()));
    slack.awaitAck(slack.slashCommand("influx-prod", "C0OPS", "ops", "U0ALICE"));
    assertThat(slack.awaitCall("chat.postMessage").blocksJson()).contains("Healthy: influx-prod");
  }

  @Test
  void aChannelWithoutTheBotGetsTheReportThroughTheResponseUrl() throws Exception {
    slack.botNotIn("C0NOBOT");
    handler.answer(c -> new Reply.ReportReply(ReportFixtures.healthy()));
    startAdapter(Map.of(), Duration.ZERO);

    String envelope = slack.slashCommand("influx-prod", "C0NOBOT", "elsewhere", "U0ALICE");

    FakeSlack.ResponsePost post = slack.awaitResponse(envelope);
    assertThat(post.body().get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(post.body().toString()).contains("Healthy: influx-prod");
  }

  @Test
  void replyStylesPerChannelAndTheChannelDefaultDataSource() throws Exception {
    handler.answer(c -> new Reply.ReportReply(ReportFixtures.healthy()));
    startAdapter(Map.of(
        "C0PRIVATE", TestSettings.channel(SlackReply.EPHEMERAL, ""),
        "C0THREADS", TestSettings.channel(SlackReply.THREAD, "influx-prod")), Duration.ZERO);

    // ephemeral: progress in the ack, the report only to the requester
    String ephemeral = slack.slashCommand("influx-prod", "C0PRIVATE", "private", "U0ALICE");
    assertThat(slack.awaitAck(ephemeral).getAsJsonObject("payload").get("response_type").getAsString()).isEqualTo("ephemeral");
    FakeSlack.ResponsePost onlyForAlice = slack.awaitResponse(ephemeral);
    assertThat(onlyForAlice.body().get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(onlyForAlice.body().toString()).contains("Healthy: influx-prod");

    // thread; no argument diagnoses the channel's default
    slack.slashCommand("", "C0THREADS", "threads", "U0ALICE");
    assertThat(handler.awaitCall().command()).isEqualTo(new Command.Diagnose("influx-prod"));
    assertThat(handler.awaitCall().command()).isEqualTo(new Command.Diagnose("influx-prod"));
    FakeSlack.ApiCall parent = slack.awaitCall("chat.postMessage");
    assertThat(parent.param("thread_ts")).isEmpty();
    assertThat(parent.blocksJson()).contains("in this thread");
    FakeSlack.ApiCall inThread = slack.awaitCall("chat.postMessage");
    assertThat(inThread.param("thread_ts")).isEqualTo("1700000000.000100");
    assertThat(inThread.blocksJson()).contains("Healthy: influx-prod");
  }

  @Test
  void noArgumentWithoutAChannelDefaultListsTheDataSources() throws Exception {
    startAdapter(Map.of(), Duration.ZERO);

    slack.slashCommand("", "C0OPS", "ops", "U0ALICE");

    assertThat(handler.awaitCall().command()).isEqualTo(new Command.ListDataSources());
  }

  @Test
  void aBareRetestReTestsTheChannelDefaultLikeDiscord() throws Exception {
    startAdapter(Map.of("C0THREADS", TestSettings.channel(SlackReply.CHANNEL, "influx-prod")), Duration.ZERO);

    slack.slashCommand("retest", "C0THREADS", "threads", "U0ALICE");

    assertThat(handler.awaitCall().command()).isEqualTo(new Command.Retest("influx-prod"));
  }

  @Test
  void aBareRetestWithoutAChannelDefaultIsAUsageReplyThatNeverReachesTheCore() throws Exception {
    startAdapter(Map.of(), Duration.ZERO);

    JsonObject ack = slack.awaitAck(slack.slashCommand("retest", "C0OPS", "ops", "U0ALICE"));

    JsonObject payload = ack.getAsJsonObject("payload");
    assertThat(payload.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(payload.toString()).contains("retest");
    assertThat(handler.pendingCalls()).isEmpty();
  }

  @Test
  void aRejectedBotTokenStopsStartWithAMessageThatNamesTheKeyButNotTheToken() {
    slack.rejectToken(TestSettings.BOT_TOKEN);
    adapter = new SlackAdapter(TestSettings.socket(slack.apiUrl(), Map.of()), handler, "", Duration.ZERO,
        InetAddress.getLoopbackAddress());

    org.assertj.core.api.Assertions.assertThatThrownBy(adapter::start)
        .hasMessageContaining("slack.botToken")
        .hasMessageContaining(io.influxcheck.config.Secret.of(TestSettings.BOT_TOKEN).describe())
        .satisfies(e -> assertThat(e.toString()).doesNotContain(TestSettings.BOT_TOKEN).doesNotContain(TestSettings.APP_TOKEN));
  }

  static Reply defaultReply(Command command) {
    return new Reply.UsageError("no reply scripted for " + command, List.of());
  }

  static Checklist checklist(CheckStatus reach, CheckStatus token) {
    return new Checklist("influx-prod", List.of(
        new CheckLine("reach", "InfluxDB reachable", reach, "http://influxdb.internal:8086"),
        new CheckLine("token", "Token accepted", token, "")));
  }
}
