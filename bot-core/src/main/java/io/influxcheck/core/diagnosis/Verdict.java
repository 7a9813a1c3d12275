package io.influxcheck.core.diagnosis;

/**
 * The overall answer for one data source. INCONCLUSIVE is a first-class outcome: a server that
 * could not be reached proves nothing about credentials, and is never reported as healthy.
 */
public enum Verdict {
  HEALTHY,
  UNHEALTHY,
  INCONCLUSIVE
}
