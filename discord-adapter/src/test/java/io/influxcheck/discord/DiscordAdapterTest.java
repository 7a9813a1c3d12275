package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.influxcheck.config.DiscordReply;
import io.influxcheck.config.DiscordSettings;
import io.influxcheck.config.Secret;
import io.influxcheck.discord.fake.FakeDiscord;
import io.influxcheck.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter end to end: the real JDA against a fake Discord on 127.0.0.1, with a scripted command handler. */
class DiscordAdapterTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String TOKEN = "canary-discord-bot-token.do-not-print";
  private static final String ALICE = "1001";
  private static final String BOB = "1002";

  private final ScriptedCommandHandler handler = new ScriptedCommandHandler();
  private FakeDiscord discord;
  private DiscordChatAdapter adapter;

  @AfterEach
  void stop() throws Exception {
    if (adapter != null) {
      adapter.close();
    }
    if (discord != null) {
      discord.close();
    }
  }

  private void start(DiscordReply reply, String channelDefault) throws Exception {
    discord = FakeDiscord.withGuild(TOKEN);
    adapter = new DiscordChatAdapter(discord.settings(Secret.of(TOKEN), reply, channelDefault), handler);
    adapter.start();
  }

  @Test
  void logsInWithTheBotTokenAndRegistersTheCommandInTheGuild() throws Exception {
    start(DiscordReply.PUBLIC, "");

    RecordedRequest me = discord.requests().await(r -> r.is("GET", "/api/v10/users/@me"), WAIT);
    assertThat(me.header("Authorization")).isEqualTo("Bot " + TOKEN);
    RecordedRequest put = discord.requests().await(
        r -> r.is("PUT", "/api/v10/applications/" + FakeDiscord.APPLICATION_ID + "/guilds/" + FakeDiscord.GUILD_ID + "/commands"), WAIT);
    DataObject command = put.jsonArray().getObject(0);
    assertThat(command.getString("name")).isEqualTo("influx-check");
    DataArray subcommands = command.getArray("options");
    assertThat(names(subcommands)).containsExactly("diagnose", "all", "retest", "list", "runbook", "help");
    DataObject datasource = subcommands.getObject(0).getArray("options").getObject(0);
    assertThat(datasource.getString("name")).isEqualTo("datasource");
    assertThat(datasource.getBoolean("autocomplete")).isTrue();
    assertThat(discord.frames().await(f -> f.getInt("op") == 2, WAIT).getObject("d").getString("token")).isEqualTo(TOKEN);
  }

  @Test
  void aSlashCommandIsDeferredAtOnceThenTicksTheChecklistThenBecomesTheReport() throws Exception {
    handler.holdDiagnosis = true;
    start(DiscordReply.PUBLIC, "");

    String token = discord.interactions().slash(ALICE, "alice", "diagnose", "datasource", "influx-prod");

    RecordedRequest defer = discord.requests().await(callback(token), WAIT);
    assertThat(defer.callbackType()).isEqualTo(5);
    assertThat(defer.json().optObject("data").map(d -> d.getInt("flags", 0)).orElse(0)).as("public").isZero();
    assertThat(handler.diagnosisFinished.getCount()).as("the diagnosis is still held open").isEqualTo(1);
    RecordedRequest checklist = discord.requests().await(edit(token), WAIT);
    assertThat(embed(checklist).getString("title")).isEqualTo("🔎 Diagnosing influx-prod…");
    assertThat(embed(checklist).getString("description")).contains("🔄 InfluxDB reachable");

    handler.diagnosisGate.countDown();

    RecordedRequest report = discord.requests().await(edit(token).and(r -> embed(r).getString("title", "").startsWith("❌")), WAIT);
    assertThat(embed(report).getString("title")).isEqualTo("❌ influx-prod — unhealthy");
    assertThat(customIds(report)).containsExactly("ic:rt:E:P951FEA4DE68E13C5", "ic:dx:P951FEA4DE68E13C5");
    assertThat(report.order()).isGreaterThan(checklist.order());
    assertThat(discord.requests().all().stream().filter(edit(token)).filter(r -> r.order() > report.order())).isEmpty();
    assertThat(handler.received.take()).hasToString("Diagnose[target=influx-prod]");
    assertThat(discord.requests().all()).allSatisfy(r -> assertThat(r.body()).doesNotContain(TOKEN).doesNotContain("canary"));
  }

  @Test
  void aGuildTheBotIsNotInStopsStartWithTheFix() throws Exception {
    discord = FakeDiscord.withGuild(TOKEN);
    DiscordSettings fake = discord.settings(Secret.of(TOKEN), DiscordReply.PUBLIC, "");
    adapter = new DiscordChatAdapter(new DiscordSettings(fake.token(), List.of("3999999999999999999"), fake.apiUrl(),
        fake.gatewayUrl(), fake.channels(), fake.defaultReply()), handler);

    assertThatThrownBy(adapter::start)
        .hasMessageContaining("registered nowhere")
        .hasMessageContaining("not a member of guild 3999999999999999999")
        .hasMessageContaining("influx-check discord-invite");
  }

  @Test
  void anEphemeralChannelDefersEphemerallyAndTheChannelDefaultIsUsed() throws Exception {
    start(DiscordReply.EPHEMERAL, "influx-prod");

    String token = discord.interactions().slash(ALICE, "alice", "diagnose", null, null);

    RecordedRequest defer = discord.requests().await(callback(token), WAIT);
    assertThat(defer.json().getObject("data").getInt("flags")).isEqualTo(64);
    discord.requests().await(edit(token).and(r -> embed(r).getString("title", "").startsWith("❌")), WAIT);
    assertThat(handler.received.take()).hasToString("Diagnose[target=influx-prod]");
  }

  @Test
  void autocompleteOffersTheDataSourcesTheBotKnows() throws Exception {
    start(DiscordReply.PUBLIC, "");

    String token = discord.interactions().autocomplete(ALICE, "alice", "diagnose", "datasource", "infl");

    RecordedRequest answer = discord.requests().await(callback(token), WAIT);
    assertThat(answer.callbackType()).isEqualTo(8);
    DataArray choices = answer.json().getObject("data").getArray("choices");
    assertThat(choices.length()).isEqualTo(2);
    assertThat(choices.getObject(0).getString("value")).isEqualTo("InfluxLegacy01@prod");
    assertThat(choices.getObject(0).getString("name")).isEqualTo("influx-legacy · InfluxLegacy01 · prod");
    assertThat(choices.getObject(1).getString("value")).isEqualTo("P951FEA4DE68E13C5");
  }

  @Test
  void reTestEditsTheMessageInPlaceWithBeforeAfterAndWhoClicked() throws Exception {
    start(DiscordReply.PUBLIC, "");
    String slash = discord.interactions().slash(ALICE, "alice", "diagnose", "datasource", "influx-prod");
    discord.requests().await(edit(slash).and(r -> embed(r).getString("title", "").startsWith("❌")), WAIT);

    String click = discord.interactions().click(BOB, "bob", "ic:rt:E:P951FEA4DE68E13C5", discord.original(slash));

    assertThat(discord.requests().await(callback(click), WAIT).callbackType()).isEqualTo(6);
    RecordedRequest edited = discord.requests().await(edit(click), WAIT);
    DataArray embeds = edited.json().getArray("embeds");
    assertThat(embeds.getObject(0).getString("title")).isEqualTo("🔁 Re-test influx-prod: fixed ✅");
    assertThat(embeds.getObject(0).getString("description")).contains("requested by <@" + BOB + ">");
    assertThat(embeds.getObject(0).getArray("fields").getObject(0).getString("value")).startsWith("❌ ERROR");
    assertThat(embeds.getObject(1).getString("title")).as("the report stays below").isEqualTo("❌ influx-prod — unhealthy");
    assertThat(customIds(edited)).first().isEqualTo("ic:rt:O:P951FEA4DE68E13C5");
  }

  @Test
  void concurrentReTestClicksShareOneCall() throws Exception {
    handler.holdRetest = true;
    start(DiscordReply.PUBLIC, "");
    DataObject message = DataObject.empty().put("id", "8000000000000000001").put("flags", 0);

    String first = discord.interactions().click(ALICE, "alice", "ic:rt:E:P951FEA4DE68E13C5", message);
    String second = discord.interactions().click(BOB, "bob", "ic:rt:E:P951FEA4DE68E13C5", message);
    discord.requests().await(callback(first), WAIT);
    discord.requests().await(callback(second), WAIT);
    handler.retestGate.countDown();

    assertThat(embed(discord.requests().await(edit(first), WAIT)).getString("title")).endsWith("fixed ✅");
    assertThat(embed(discord.requests().await(edit(second), WAIT)).getString("title")).endsWith("fixed ✅");
    assertThat(handler.retestCalls.get()).isEqualTo(1);
  }

  @Test
  void afterAGatewayReconnectRequestTheBotResumesAndKeepsServing() throws Exception {
    start(DiscordReply.PUBLIC, "");
    discord.frames().await(f -> f.getInt("op") == 2, WAIT);
    discord.connections().await(path -> true, WAIT);

    discord.requestReconnect();

    DataObject resume = discord.frames().await(f -> f.getInt("op") == 6, Duration.ofSeconds(40));
    assertThat(resume.getObject("d").getString("session_id")).startsWith("session-");
    assertThat(resume.getObject("d").getString("token")).isEqualTo(TOKEN);
    assertThat(discord.connections().await(path -> true, WAIT)).startsWith("/?");
    String token = discord.interactions().slash(ALICE, "alice", "help", null, null);
    assertThat(discord.requests().await(callback(token), WAIT).callbackType()).isEqualTo(5);
    assertThat(embed(discord.requests().await(edit(token), WAIT)).getString("title")).startsWith("influx-check");
  }

  @Test
  void badInputIsAnsweredOnlyToTheRequester() throws Exception {
    start(DiscordReply.PUBLIC, "");

    String noTarget = discord.interactions().slash(ALICE, "alice", "retest", null, null);
    RecordedRequest reply = discord.requests().await(callback(noTarget), WAIT);
    assertThat(reply.callbackType()).isEqualTo(4);
    assertThat(reply.json().getObject("data").getInt("flags")).isEqualTo(64);
    assertThat(reply.json().getObject("data").getString("content")).contains("`retest` needs a data source");

    String unknown = discord.interactions().slash(ALICE, "alice", "diagnose", "datasource", "influx-prd");
    assertThat(discord.requests().await(callback(unknown), WAIT).callbackType()).isEqualTo(5);
    discord.requests().await(r -> r.is("DELETE", ".*/webhooks/\\d+/" + unknown + "/messages/@original"), WAIT);
    RecordedRequest followUp = discord.requests().await(r -> r.is("POST", ".*/webhooks/\\d+/" + unknown), WAIT);
    assertThat(followUp.json().getInt("flags")).isEqualTo(64);
    assertThat(followUp.json().getString("content")).contains("Unknown data source `influx-prd`").contains("`influx-prod`");
  }

  @Test
  void aFailingRequestGetsAReferenceAndTheNextOneIsServed() throws Exception {
    start(DiscordReply.PUBLIC, "");

    String boom = discord.interactions().slash(ALICE, "alice", "diagnose", "datasource", "boom");
    RecordedRequest failure = discord.requests().await(r -> r.is("POST", ".*/webhooks/\\d+/" + boom), WAIT);
    assertThat(failure.json().getInt("flags")).isEqualTo(64);
    assertThat(failure.json().getString("content")).contains("reference `");

    String next = discord.interactions().slash(BOB, "bob", "diagnose", "datasource", "influx-prod");
    discord.requests().await(edit(next).and(r -> embed(r).getString("title", "").startsWith("❌")), WAIT);
  }

  @Test
  void aRejectedTokenStopsStartWithAMessageThatNamesTheFixButNotTheToken() throws Exception {
    discord = FakeDiscord.withGuild(TOKEN);
    Secret wrong = Secret.of("canary-wrong-token.abc");
    adapter = new DiscordChatAdapter(discord.settings(wrong, DiscordReply.PUBLIC, ""), handler);

    assertThatThrownBy(adapter::start)
        .hasMessageContaining("Discord rejected the bot token " + wrong.describe())
        .hasMessageContaining("discord.token")
        .hasMessageNotContaining("canary-wrong-token");
  }

  @Test
  void withoutGuildsTheCommandIsRegisteredGloballyAndServedFromAnUncachedGuild() throws Exception {
    discord = FakeDiscord.withoutGuild(TOKEN);
    adapter = new DiscordChatAdapter(discord.settings(Secret.of(TOKEN), DiscordReply.PUBLIC, ""), handler);
    adapter.start();

    discord.requests().await(r -> r.is("PUT", "/api/v10/applications/" + FakeDiscord.APPLICATION_ID + "/commands"), WAIT);
    String token = discord.interactions().slash(ALICE, "alice", "list", null, null);
    RecordedRequest list = discord.requests().await(edit(token), WAIT);
    assertThat(embed(list).getString("title")).isEqualTo("Data sources (3)");
    assertThat(customIds(list)).contains("ic:dx:P951FEA4DE68E13C5");
  }

  private static Predicate<RecordedRequest> callback(String token) {
    return r -> r.is("POST", "/api/v10/interactions/\\d+/" + token + "/callback");
  }

  private static Predicate<RecordedRequest> edit(String token) {
    return r -> r.is("PATCH", "/api/v10/webhooks/\\d+/" + token + "/messages/@original");
  }

  private static DataObject embed(RecordedRequest request) {
    DataArray embeds = request.json().optArray("embeds").orElse(DataArray.empty());
    return embeds.isEmpty() ? DataObject.empty() : embeds.getObject(0);
  }

  private static List<String> customIds(RecordedRequest request) {
    DataArray rows = request.json().getArray("components");
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < rows.length(); i++) {
      DataArray buttons = rows.getObject(i).getArray("components");
      for (int j = 0; j < buttons.length(); j++) {
        if (buttons.getObject(j).hasKey("custom_id")) {
          ids.add(buttons.getObject(j).getString("custom_id"));
        }
      }
    }
    return ids;
  }

  private static List<String> names(DataArray array) {
    return java.util.stream.IntStream.range(0, array.length()).mapToObj(i -> array.getObject(i).getString("name"))
        .collect(Collectors.toList());
  }
}
