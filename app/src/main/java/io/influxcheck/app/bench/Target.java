package io.influxcheck.app.bench;

/**
 * One target with its verdict.
 *
 * @param name what the target protects, e.g. {@code Slack ack p99}
 * @param threshold the bound, e.g. {@code < 100 ms (Slack allows 3 s)}
 * @param measured the number compared, with where it comes from
 * @param pass whether the measured number is within the bound
 */
public record Target(String name, String threshold, String measured, boolean pass) { }
