package io.influxcheck.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;

/** The three ways the adapter sends a message: post, update in place, and reply to a {@code response_url}. */
final class SlackPoster {
  private final MethodsClient methods;
  private final ActionResponseSender responder;

  SlackPoster(Slack slack, MethodsClient methods) {
    this.methods = methods;
    this.responder = new ActionResponseSender(slack);
  }

  /** Posts to a channel (in a thread when {@code threadTs} is not null) and returns the message's ts. */
  String post(String channel, String threadTs, SlackMessage message) throws DeliveryException {
    try {
      ChatPostMessageResponse response = methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
          .text(message.text()).blocks(message.blocks()));
      if (!response.isOk()) {
        throw new DeliveryException("chat.postMessage to " + channel + " failed: " + response.getError());
      }
      return response.getTs();
    } catch (IOException | SlackApiException e) {
      throw new DeliveryException("chat.postMessage to " + channel + " failed", e);
    }
  }

  void update(String channel, String ts, SlackMessage message) throws DeliveryException {
    try {
      ChatUpdateResponse response = methods.chatUpdate(r -> r.channel(channel).ts(ts).text(message.text()).blocks(message.blocks()));
      if (!response.isOk()) {
        throw new DeliveryException("chat.update of " + channel + "/" + ts + " failed: " + response.getError());
      }
    } catch (IOException | SlackApiException e) {
      throw new DeliveryException("chat.update of " + channel + "/" + ts + " failed", e);
    }
  }

  /**
   * Replies through an interaction's {@code response_url}: to the channel or only to the requester,
   * replacing the message the interaction came from when {@code replaceOriginal}.
   */
  void respond(String responseUrl, SlackMessage message, boolean onlyForRequester, boolean replaceOriginal) throws DeliveryException {
    if (responseUrl == null || responseUrl.isEmpty()) {
      throw new DeliveryException("no response_url to reply to");
    }
    ActionResponse response = ActionResponse.builder()
        .responseType(onlyForRequester ? "ephemeral" : "in_channel")
        .replaceOriginal(replaceOriginal)
        .text(message.text())
        .blocks(message.blocks())
        .build();
    try {
      WebhookResponse answer = responder.send(responseUrl, response);
      if (answer.getCode() == null || answer.getCode() / 100 != 2) {
        throw new DeliveryException("response_url answered HTTP " + answer.getCode());
      }
    } catch (IOException e) {
      throw new DeliveryException("response_url post failed", e);
    }
  }
}
