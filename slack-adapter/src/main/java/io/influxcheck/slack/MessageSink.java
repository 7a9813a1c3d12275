package io.influxcheck.slack;

/**
 * Where one answer goes. The first {@link #show} posts; later calls replace the same message when
 * the destination allows it. Implementations are used by one diagnosis at a time.
 */
interface MessageSink {
  void show(SlackMessage message) throws DeliveryException;

  /** Whether showing again replaces the message (so a live checklist makes sense). */
  boolean canUpdate();

  /** Whether anything was shown yet. */
  boolean hasShown();
}
