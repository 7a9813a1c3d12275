package io.influxcheck.app.bench;

/**
 * The latency of one kind of request.
 *
 * @param name a stable key, e.g. the lab scenario's name
 * @param what what was measured, in words
 * @param stats the distribution over the measured runs
 * @param check how many measured runs gave the right answer, e.g. {@code 50/50 as expected}
 * @param right whether every measured run did
 */
public record Latency(String name, String what, Stats stats, String check, boolean right) { }
