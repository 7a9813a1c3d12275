package io.influxcheck.core.probe;

/** Why no HTTP answer came back. */
public enum FailureKind {
  /** The host name did not resolve. */
  DNS,
  /** Nothing listens on the port (connection refused or unreachable network). */
  REFUSED,
  /** The request or the overall deadline ran out before the answer was complete. */
  TIMEOUT,
  /** The TLS handshake failed: plain HTTP on an https URL, untrusted or mismatched certificate. */
  TLS,
  /** Any other I/O failure before a status line arrived, e.g. the server closed the connection. */
  IO
}
