package io.influxcheck.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The destinations an answer can have, one per reply style and interaction kind. */
final class MessageSinks {
  private static final Logger LOG = LoggerFactory.getLogger(MessageSinks.class);

  private MessageSinks() { }

  /** A new channel message (in {@code threadTs}'s thread when not null), then chat.update of it. */
  static MessageSink channel(SlackPoster poster, String channel, String threadTs) {
    return new MessageSink() {
      private String ts;

      @Override
      public synchronized void show(SlackMessage message) throws DeliveryException {
        if (ts == null) {
          ts = poster.post(channel, threadTs, message);
        } else {
          poster.update(channel, ts, message);
        }
      }

      @Override
      public boolean canUpdate() {
        return true;
      }

      @Override
      public synchronized boolean hasShown() {
        return ts != null;
      }
    };
  }

  /** A short message in the channel, and the live answer in its thread. */
  static MessageSink thread(SlackPoster poster, String channel, SlackMessage parent) {
    return new MessageSink() {
      private MessageSink reply;

      @Override
      public synchronized void show(SlackMessage message) throws DeliveryException {
        if (reply == null) {
          String parentTs = poster.post(channel, null, parent);
          reply = channel(poster, channel, parentTs);
        }
        reply.show(message);
      }

      @Override
      public boolean canUpdate() {
        return true;
      }

      @Override
      public synchronized boolean hasShown() {
        return reply != null && reply.hasShown();
      }
    };
  }

  /** An existing bot message (the one a button was clicked in), replaced with chat.update. */
  static MessageSink existing(SlackPoster poster, String channel, String ts) {
    return new MessageSink() {
      private volatile boolean shown;

      @Override
      public void show(SlackMessage message) throws DeliveryException {
        poster.update(channel, ts, message);
        shown = true;
      }

      @Override
      public boolean canUpdate() {
        return true;
      }

      @Override
      public boolean hasShown() {
        return shown;
      }
    };
  }

  /**
   * A {@code response_url}: works in channels the bot is not a member of and for ephemeral messages,
   * but at most 5 times, so it only carries the final answer.
   */
  static MessageSink responseUrl(SlackPoster poster, String url, boolean onlyForRequester, boolean replaceOriginal) {
    return new MessageSink() {
      private volatile boolean shown;

      @Override
      public void show(SlackMessage message) throws DeliveryException {
        poster.respond(url, message, onlyForRequester || message.ephemeral(), replaceOriginal);
        shown = true;
      }

      @Override
      public boolean canUpdate() {
        return false;
      }

      @Override
      public boolean hasShown() {
        return shown;
      }
    };
  }

  /**
   * {@code primary} until its first post fails (typically {@code not_in_channel}: slash commands work
   * in channels the bot was never invited to), then {@code fallback} for the rest of the answer.
   */
  static MessageSink withFallback(MessageSink primary, MessageSink fallback) {
    return new MessageSink() {
      // read without the lock: probe threads ask canUpdate() while show() may be waiting on Slack
      private volatile MessageSink current = primary;

      @Override
      public synchronized void show(SlackMessage message) throws DeliveryException {
        if (current == primary && !primary.hasShown()) {
          try {
            primary.show(message);
            return;
          } catch (DeliveryException e) {
            if (closing()) {
              throw e;
            }
            LOG.warn("{}; answering through the response_url instead", e.getMessage());
            current = fallback;
          }
        }
        current.show(message);
      }

      @Override
      public boolean canUpdate() {
        return current.canUpdate();
      }

      @Override
      public synchronized boolean hasShown() {
        return current.hasShown();
      }
    };
  }

  /**
   * Whether this worker was interrupted: the adapter is closing, so a failed post is not Slack's
   * answer and is not worth a fallback. (A timeout is an {@code InterruptedIOException} too, so the
   * exception's type cannot tell; the thread's flag can.)
   */
  static boolean closing() {
    return Thread.currentThread().isInterrupted();
  }
}
