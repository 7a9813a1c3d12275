package io.influxcheck.core.probe;

/** Whether a response body was read completely. */
public enum BodyState {
  COMPLETE,
  /** The body was larger than {@link ProbeSettings#maxBodyBytes()}; reading stopped at the cap. */
  OVER_CAP,
  /** The connection ended before the body was complete (e.g. shorter than its Content-Length). */
  CUT_SHORT
}
