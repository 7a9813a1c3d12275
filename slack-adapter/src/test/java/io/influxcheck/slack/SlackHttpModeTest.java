package io.influxcheck.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.Reply;
import io.influxcheck.lab.fixtures.ReportFixtures;
import io.influxcheck.slack.fake.FakeSlack;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP mode: the JDK server in front of Bolt verifies Slack's request signatures. */
class SlackHttpModeTest {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ScriptedCommandHandler handler =
      new ScriptedCommandHandler(c -> new Reply.ReportReply(ReportFixtures.healthy()));
  private FakeSlack slack;
  private SlackAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlack();
    adapter = new SlackAdapter(TestSettings.http(slack.apiUrl()), handler, "", Duration.ZERO, InetAddress.getByName("127.0.0.1"));
    adapter.start();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close();
    slack.close();
  }

  @Test
  void aValidlySignedSlashCommandIsAcknowledgedAndAnswered() throws Exception {
    String body = slashCommandForm("influx-prod");

    HttpResponse<String> response = post(body, nowSeconds(), TestSettings.SIGNING_SECRET);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(handler.awaitCall().command()).isEqualTo(new Command.Diagnose("influx-prod"));
    assertThat(slack.awaitCall("chat.postMessage").blocksJson()).contains("Healthy: influx-prod");
  }

  @Test
  void unknownWordsAreAnsweredInTheAckOnlyToTheRequester() throws Exception {
    HttpResponse<String> response = post(slashCommandForm("retst influx-prod"), nowSeconds(), TestSettings.SIGNING_SECRET);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"response_type\":\"ephemeral\"").contains("retest");
    assertThat(handler.pendingCalls()).isEmpty();
  }

  @Test
  void aForgedSignatureIsRejected() throws Exception {
    HttpResponse<String> response = post(slashCommandForm("influx-prod"), nowSeconds(), "not-the-signing-secret");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(handler.pendingCalls()).isEmpty();
  }

  @Test
  void aStaleTimestampIsRejectedEvenWithAValidSignature() throws Exception {
    HttpResponse<String> response = post(slashCommandForm("influx-prod"), nowSeconds() - 301, TestSettings.SIGNING_SECRET);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(handler.pendingCalls()).isEmpty();
  }

  @Test
  void aSignedButtonClickIsHandled() throws Exception {
    String payload = io.influxcheck.slack.fake.FakeSlackPayloads.blockActions(ActionIds.DIAGNOSE, "P951FEA4DE68E13C5",
        "C0OPS", "1700000000.000555", "U0BOB", slack.responseUrl("click-1"));
    String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);

    HttpResponse<String> response = post(body, nowSeconds(), TestSettings.SIGNING_SECRET);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(handler.awaitCall().command()).isEqualTo(new Command.Diagnose("P951FEA4DE68E13C5"));
    FakeSlack.ApiCall updated = slack.awaitCall("chat.update");
    assertThat(updated.param("ts")).isEqualTo("1700000000.000555");
  }

  @Test
  void otherPathsAndMethodsAreRefused() throws Exception {
    HttpResponse<String> wrongPath = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adapter.httpPort() + "/other"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(wrongPath.statusCode()).isEqualTo(404);
    assertThat(get.statusCode()).isEqualTo(405);
  }

  private String slashCommandForm(String text) {
    return "token=unused&team_id=T111&team_domain=acme&channel_id=C0OPS&channel_name=ops&user_id=U0ALICE&user_name=alice"
        + "&command=" + URLEncoder.encode("/influx-check", StandardCharsets.UTF_8)
        + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A111&is_enterprise_install=false"
        + "&response_url=" + URLEncoder.encode(slack.responseUrl("cmd-1"), StandardCharsets.UTF_8)
        + "&trigger_id=trigger-1";
  }

  private HttpResponse<String> post(String body, long timestamp, String secret) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events"))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", sign(secret, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Slack's v0 signature: HMAC-SHA256 of {@code v0:TIMESTAMP:BODY} with the signing secret. */
  private static String sign(String secret, long timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return "v0=" + HexFormat.of().formatHex(digest);
  }

  private static long nowSeconds() {
    return System.currentTimeMillis() / 1000;
  }
}
