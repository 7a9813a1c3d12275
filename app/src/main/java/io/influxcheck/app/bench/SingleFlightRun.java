package io.influxcheck.app.bench;

/**
 * Waves of simultaneous re-tests of one data source: {@code callersPerWave} threads released together by a latch.
 *
 * @param modelledHealthLatencyMs how long each health call was held before it was sent, to model a real Grafana (0: the
 *     lab's sub-millisecond answer as is)
 * @param waves how many waves ran
 * @param callersPerWave re-tests per wave
 * @param healthCalls Grafana health calls the bot made over every wave
 * @param wavesWithOneCall waves in which the callers shared one health call
 * @param mostCallsInAWave the largest number of health calls in one wave
 * @param wave the wall time of one wave, release to the last caller's answer
 */
public record SingleFlightRun(long modelledHealthLatencyMs, int waves, int callersPerWave, long healthCalls, int wavesWithOneCall, long mostCallsInAWave, Stats wave) { }
