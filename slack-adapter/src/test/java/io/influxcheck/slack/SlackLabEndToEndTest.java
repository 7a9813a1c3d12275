package io.influxcheck.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.influxcheck.config.Secret;
import io.influxcheck.core.command.CoreCommandHandler;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.lab.grafana.GrafanaDataSource;
import io.influxcheck.lab.grafana.GrafanaSimulator;
import io.influxcheck.lab.grafana.HealthGate;
import io.influxcheck.lab.scenario.LabGrafanaFixture;
import io.influxcheck.slack.fake.FakeSlack;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real wiring end to end: fake Slack → Bolt → the Slack adapter → the core command handler → the
 * Grafana simulator, whose data source forwards to the InfluxDB 2.x simulator.
 */
class SlackLabEndToEndTest {
  private static final String GRAFANA_TOKEN = "glsa_canaryslacklab000000000000000_0000000a";
  private static final String GOOD_INFLUX_TOKEN = "canary-influx-read-token-good";
  private static final String WRONG_INFLUX_TOKEN = "canary-influx-token-deleted";
  private static final String UID = "influx-prod";

  private final CountDownLatch secondClickJoined = new CountDownLatch(1);
  private LabGrafanaFixture lab;
  private GrafanaSimulator grafana;
  private FakeSlack slack;
  private SlackAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    lab = LabGrafanaFixture.start(GRAFANA_TOKEN, "telegraf", GOOD_INFLUX_TOKEN);
    lab.add(dataSource(WRONG_INFLUX_TOKEN));
    grafana = lab.grafana();
    CoreCommandHandler handler = lab.commandHandler("prod", key -> secondClickJoined.countDown());

    slack = new FakeSlack();
    adapter = new SlackAdapter(TestSettings.socket(slack.apiUrl(), Map.of()), handler, "", Duration.ZERO,
        InetAddress.getLoopbackAddress());
    adapter.start();
    slack.socketMode().awaitConnection(FakeSlack.WAIT);
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close();
    slack.close();
    lab.close();
  }

  private GrafanaDataSource dataSource(String influxToken) {
    return lab.flux(UID, "InfluxDB Prod", influxToken);
  }

  @Test
  void diagnoseThenTwoConcurrentReTestsShareOneGrafanaCallThenTheFixShowsAsFixed() throws Exception {
    // /influx-check influx-prod: ack, a live message, then the report in the same message
    String envelope = slack.slashCommand(UID, "C0OPS", "ops", "U0ALICE");
    assertThat(slack.awaitAck(envelope).has("payload")).isFalse();
    FakeSlack.ApiCall first = slack.awaitCall("chat.postMessage");
    String ts = "1700000000.000100";
    String report = first.blocksJson().contains("\"Re-test\"") ? first.blocksJson()
        : slack.awaitCall("chat.update", c -> c.blocksJson().contains("\"Re-test\"")).blocksJson();
    assertThat(report).contains("Unhealthy").contains("InfluxDB Prod").contains(GrafanaConnectionLink.of(grafana.url(), UID));
    String retestValue = buttonValue(report, ActionIds.RETEST);
    assertThat(retestValue).contains(UID + "@prod").contains("UNHEALTHY");

    // two people click Re-test while Grafana's health check is held open: one Grafana call serves both
    int healthCallsBefore = grafana.state().healthCalls(UID);
    List<String> updates;
    try (HealthGate gate = grafana.state().holdHealthChecks()) {
      slack.click(ActionIds.RETEST, retestValue, "C0OPS", ts, "U0ALICE", false);
      assertThat(gate.awaitHeld(1, FakeSlack.WAIT)).as("first re-test reached Grafana").isTrue();
      slack.click(ActionIds.RETEST, retestValue, "C0OPS", ts, "U0BOB", false);
      assertThat(secondClickJoined.await(FakeSlack.WAIT.toSeconds(), TimeUnit.SECONDS)).as("second click joined the running re-test").isTrue();
      gate.release();
      updates = List.of(
          slack.awaitCall("chat.update", c -> c.blocksJson().contains("Re-tested by")).blocksJson(),
          slack.awaitCall("chat.update", c -> c.blocksJson().contains("Re-tested by")).blocksJson());
      assertThat(updates).anySatisfy(u -> assertThat(u).contains("Re-tested by <@U0ALICE>"))
          .anySatisfy(u -> assertThat(u).contains("Re-tested by <@U0BOB>"))
          .allSatisfy(u -> assertThat(u).contains("still failing").contains("UNHEALTHY (diagnosis)"));
    }
    assertThat(grafana.state().healthCalls(UID) - healthCallsBefore).as("Grafana health calls for two clicks").isEqualTo(1);

    // someone fixes the token in Grafana; the next Re-test shows before (failing) and after (OK)
    grafana.state().add(dataSource(GOOD_INFLUX_TOKEN));
    String afterRetest = buttonValue(updates.get(0), ActionIds.RETEST);
    assertThat(RetestButton.decode(afterRetest).orElseThrow().before()).isEqualTo("GRAFANA_ERROR");
    slack.click(ActionIds.RETEST, afterRetest, "C0OPS", ts, "U0CAROL", false);
    String fixed = slack.awaitCall("chat.update", c -> c.blocksJson().contains("Re-tested by <@U0CAROL>")).blocksJson();
    assertThat(fixed).contains("Re-test: fixed").contains("FAILING (Grafana health check)").contains("datasource is working");
    assertThat(slack.everythingReceived()).doesNotContain("canary").doesNotContain("glsa_");
  }

  private static String buttonValue(String blocksJson, String actionId) {
    JsonArray blocks = com.google.gson.JsonParser.parseString(blocksJson).getAsJsonArray();
    for (JsonElement block : blocks) {
      JsonObject b = block.getAsJsonObject();
      if (b.has("elements") && "actions".equals(b.get("type").getAsString())) {
        for (JsonElement e : b.getAsJsonArray("elements")) {
          JsonObject button = e.getAsJsonObject();
          if (actionId.equals(button.get("action_id").getAsString())) {
            return button.get("value").getAsString();
          }
        }
      }
    }
    throw new AssertionError("no " + actionId + " button in " + blocksJson);
  }

  /** The link the core builds for a data source in Grafana. */
  private static final class GrafanaConnectionLink {
    static String of(String grafanaUrl, String uid) {
      return GrafanaConnection.of("prod", grafanaUrl, Secret.empty()).dataSourceLink(uid);
    }
  }
}
