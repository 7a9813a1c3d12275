package io.influxcheck.slack;

/** Slack did not accept a message: the Web API said {@code ok:false}, or the request failed. Never carries a token. */
final class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  DeliveryException(String message) {
    super(message);
  }

  DeliveryException(String message, Throwable cause) {
    super(message + ": " + cause.getClass().getSimpleName(), null);
  }
}
