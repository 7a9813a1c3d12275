package io.influxcheck.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** A {@code block_actions} payload as Slack sends it for a button click. */
final class BlockActions {
  private BlockActions() { }

  static JsonObject payload(String actionId, String value, String channelId, String messageTs, String userId,
      boolean ephemeral, String responseUrl) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_actions");
    JsonObject team = new JsonObject();
    team.addProperty("id", "T111");
    team.addProperty("domain", "acme");
    payload.add("team", team);
    JsonObject user = new JsonObject();
    user.addProperty("id", userId);
    user.addProperty("username", userId.toLowerCase(java.util.Locale.ROOT));
    user.addProperty("name", userId.toLowerCase(java.util.Locale.ROOT));
    user.addProperty("team_id", "T111");
    payload.add("user", user);
    payload.addProperty("api_app_id", "A111");
    payload.addProperty("token", "verification-token-unused");
    payload.addProperty("trigger_id", "trigger-" + messageTs);
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", messageTs);
    container.addProperty("channel_id", channelId);
    container.addProperty("is_ephemeral", ephemeral);
    payload.add("container", container);
    JsonObject channel = new JsonObject();
    channel.addProperty("id", channelId);
    channel.addProperty("name", "ops");
    payload.add("channel", channel);
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("ts", messageTs);
    message.addProperty("text", "influx-check report");
    payload.add("message", message);
    payload.addProperty("response_url", responseUrl);
    JsonArray actions = new JsonArray();
    JsonObject action = new JsonObject();
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", "actions");
    action.addProperty("type", "button");
    action.addProperty("value", value);
    action.addProperty("action_ts", "1700000001.000001");
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", "Re-test");
    action.add("text", text);
    actions.add(action);
    payload.add("actions", actions);
    payload.addProperty("is_enterprise_install", false);
    return payload;
  }
}
