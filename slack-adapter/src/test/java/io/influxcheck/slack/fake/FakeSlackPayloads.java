package io.influxcheck.slack.fake;

/** Payload JSON as Slack sends it, for tests that post to the bot themselves (HTTP mode). */
public final class FakeSlackPayloads {
  private FakeSlackPayloads() { }

  public static String blockActions(String actionId, String value, String channelId, String messageTs, String userId, String responseUrl) {
    return BlockActions.payload(actionId, value, channelId, messageTs, userId, false, responseUrl).toString();
  }
}
