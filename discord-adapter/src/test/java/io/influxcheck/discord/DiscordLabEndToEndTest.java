package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.DiscordReply;
import io.influxcheck.config.Secret;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.discord.fake.FakeDiscord;
import io.influxcheck.discord.fake.RecordedRequest;
import io.influxcheck.lab.grafana.GrafanaDataSource;
import io.influxcheck.lab.grafana.GrafanaSimulator;
import io.influxcheck.lab.grafana.HealthGate;
import io.influxcheck.lab.scenario.LabGrafanaFixture;
import java.time.Duration;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real wiring end to end: fake Discord → JDA → the Discord adapter → the core command handler → the
 * Grafana simulator, whose data source forwards to the InfluxDB 2.x simulator.
 */
class DiscordLabEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String BOT_TOKEN = "discord-bot-token-for-lab";
  private static final String GRAFANA_TOKEN = "glsa_canarydiscordlab00000000000_0000000b";
  private static final String GOOD_INFLUX_TOKEN = "canary-influx-read-token-good";
  private static final String WRONG_INFLUX_TOKEN = "canary-influx-token-deleted";
  private static final String UID = "influx-prod";
  private static final String RETEST_ID = "ic:rt:E:" + UID + "@prod";

  private LabGrafanaFixture lab;
  private GrafanaSimulator grafana;
  private FakeDiscord discord;
  private DiscordChatAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    lab = LabGrafanaFixture.start(GRAFANA_TOKEN, "telegraf", GOOD_INFLUX_TOKEN);
    lab.add(dataSource(WRONG_INFLUX_TOKEN));
    grafana = lab.grafana();
    CoreCommandHandler handler = lab.commandHandler("prod");

    discord = FakeDiscord.withGuild(BOT_TOKEN);
    adapter = new DiscordChatAdapter(discord.settings(Secret.of(BOT_TOKEN), DiscordReply.PUBLIC, ""), handler);
    adapter.start();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close();
    discord.close();
    lab.close();
  }

  private GrafanaDataSource dataSource(String influxToken) {
    return lab.flux(UID, "InfluxDB Prod", influxToken);
  }

  @Test
  void diagnoseThenTwoConcurrentReTestsShareOneGrafanaCallThenTheFixShowsAsFixed() throws Exception {
    String typing = discord.interactions().autocomplete("1001", "alice", "diagnose", "datasource", "prod");
    DataArray choices = discord.requests().await(callback(typing), WAIT).json().getObject("data").getArray("choices");
    assertThat(choices.getObject(0).getString("value")).isEqualTo(UID + "@prod");

    String slash = discord.interactions().slash("1001", "alice", "diagnose", "datasource", UID + "@prod");
    assertThat(discord.requests().await(callback(slash), WAIT).callbackType()).isEqualTo(5);
    RecordedRequest report = discord.requests().await(edit(slash).and(r -> title(r, 0).startsWith("❌")), WAIT);
    assertThat(title(report, 0)).isEqualTo("❌ InfluxDB Prod — unhealthy");
    assertThat(report.json().getArray("embeds").getObject(0).getString("description"))
        .as("the classic cause behind Grafana's failing health check").contains("**Root cause:** Wrong, expired or disabled API token");
    assertThat(report.body()).contains(RETEST_ID).contains(GrafanaConnection.of("prod", grafana.url(), Secret.empty()).dataSourceLink(UID));

    int healthCallsBefore = grafana.state().healthCalls(UID);
    String alice;
    String bob;
    try (HealthGate gate = grafana.state().holdHealthChecks()) {
      alice = discord.interactions().click("1001", "alice", RETEST_ID, discord.original(slash));
      assertThat(gate.awaitHeld(1, WAIT)).as("the first re-test reached Grafana").isTrue();
      bob = discord.interactions().click("1002", "bob", RETEST_ID, discord.original(slash));
      assertThat(discord.requests().await(callback(bob), WAIT).callbackType()).as("second click acknowledged").isEqualTo(6);
      gate.release();
      assertThat(title(discord.requests().await(edit(alice), WAIT), 0)).isEqualTo("🔁 Re-test InfluxDB Prod: still failing ❌");
      assertThat(title(discord.requests().await(edit(bob), WAIT), 0)).isEqualTo("🔁 Re-test InfluxDB Prod: still failing ❌");
    }
    assertThat(grafana.state().healthCalls(UID) - healthCallsBefore).as("Grafana health calls for two clicks").isEqualTo(1);

    grafana.state().add(dataSource(GOOD_INFLUX_TOKEN));
    String carol = discord.interactions().click("1003", "carol", RETEST_ID, discord.original(bob));
    RecordedRequest fixed = discord.requests().await(edit(carol), WAIT);
    DataObject retest = fixed.json().getArray("embeds").getObject(0);
    assertThat(retest.getString("title")).isEqualTo("🔁 Re-test InfluxDB Prod: fixed ✅");
    assertThat(retest.getString("description")).contains("requested by <@1003>");
    assertThat(retest.getArray("fields").getObject(0).getString("value")).startsWith("❌ ERROR");
    assertThat(retest.getArray("fields").getObject(1).getString("value")).startsWith("✅ OK");
    assertThat(fixed.body()).contains("ic:rt:O:" + UID + "@prod");

    assertThat(discord.requests().all()).allSatisfy(r ->
        assertThat(r.body()).doesNotContain("canary").doesNotContain("glsa_"));
  }

  private static String title(RecordedRequest request, int embed) {
    DataArray embeds = request.json().optArray("embeds").orElse(DataArray.empty());
    return embeds.length() > embed ? embeds.getObject(embed).getString("title", "") : "";
  }

  private static Predicate<RecordedRequest> callback(String token) {
    return r -> r.is("POST", "/api/v10/interactions/\\d+/" + token + "/callback");
  }

  private static Predicate<RecordedRequest> edit(String token) {
    return r -> r.is("PATCH", "/api/v10/webhooks/\\d+/" + token + "/messages/@original");
  }
}
