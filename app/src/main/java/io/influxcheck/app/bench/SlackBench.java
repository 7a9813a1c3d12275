package io.influxcheck.app.bench;

import io.influxcheck.config.Secret;
import io.influxcheck.config.SlackReply;
import io.influxcheck.config.SlackSettings;
import io.influxcheck.core.command.CommandHandler;
import io.influxcheck.slack.SlackAdapter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Part 4: a slash command through the real Bolt app. The Slack adapter runs in HTTP mode on 127.0.0.1 with
 * the production listeners, worker pool and 1 s progress interval, wired to the real command handler over
 * the lab; Slack's side is {@link LoopbackSlack}. Each run POSTs a freshly signed {@code /influx-check}
 * request (Bolt verifies the signature and timestamp) and times the HTTP 200 (the ack Slack waits 3 s for),
 * then waits until the answer has been delivered before the next run, so acks never queue behind diagnoses.
 */
final class SlackBench {
  static final String PATH = "/slack/events";
  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(HTTP_TIMEOUT).build();
  private final String signingSecret = randomHex("");

  SlackRun measure(CommandHandler handler, String target, Duration answerLimit, int warmup, int iterations) throws Exception {
    try (LoopbackSlack slack = LoopbackSlack.start()) {
      SlackSettings settings = new SlackSettings(Secret.of(randomHex("xoxb-bench-"), "bench"), Secret.empty(),
          Secret.of(signingSecret, "bench"), SlackSettings.Mode.HTTP, 0, PATH, URI.create(slack.apiUrl()), Map.of(), SlackReply.CHANNEL);
      SignallingHandler signalling = new SignallingHandler(handler);
      SlackAdapter adapter = new SlackAdapter(settings, signalling, "", Duration.ofSeconds(1), InetAddress.getLoopbackAddress());
      adapter.start();
      try {
        URI endpoint = URI.create("http://127.0.0.1:" + adapter.httpPort() + PATH);
        String body = slashCommand(target, slack.responseUrl());
        for (int i = 0; i < warmup; i++) {
          once(endpoint, body, signalling, slack, answerLimit);
        }
        long[] acks = new long[iterations];
        long[] answers = new long[iterations];
        int answered = 0;
        for (int i = 0; i < iterations; i++) {
          long[] run = once(endpoint, body, signalling, slack, answerLimit);
          acks[i] = run[0];
          if (run[1] > 0) {
            answers[answered++] = run[1];
          }
        }
        return new SlackRun("/influx-check " + target, Stats.ofNanos(acks), Stats.ofNanos(java.util.Arrays.copyOf(answers, answered)),
            answered + "/" + iterations + " acknowledged with 200 and answered");
      } finally {
        adapter.close();
      }
    }
  }

  /** One command: {ack nanos, answer-delivered nanos} from the moment the POST was sent; throws when Bolt does not answer 200. */
  private long[] once(URI endpoint, String body, SignallingHandler handler, LoopbackSlack slack, Duration answerLimit) throws Exception {
    CompletableFuture<Long> replyReady = handler.expectReply();
    slack.clear();
    long timestamp = System.currentTimeMillis() / 1000;
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(HTTP_TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", sign(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    long ack = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Bolt answered HTTP " + response.statusCode() + " to a signed slash command");
    }
    long ready = replyReady.get(answerLimit.toMillis(), TimeUnit.MILLISECONDS);
    long delivered = slack.deliveredAfter(ready, answerLimit.toMillis());
    return new long[] {ack, delivered < 0 ? -1 : delivered - start};
  }

  private static String slashCommand(String text, String responseUrl) {
    return "token=unused&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=ops&user_id=U0BENCH&user_name=bench"
        + "&command=" + URLEncoder.encode("/influx-check", StandardCharsets.UTF_8)
        + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A0BENCH&is_enterprise_install=false"
        + "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8)
        + "&trigger_id=trigger-bench";
  }

  /** Slack's v0 signature: HMAC-SHA256 of {@code v0:TIMESTAMP:BODY} with the signing secret. */
  private String sign(long timestamp, String body) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
  }

  /** A throw-away value for this run only (never printed). */
  private static String randomHex(String prefix) {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return prefix + HexFormat.of().formatHex(bytes);
  }
}
