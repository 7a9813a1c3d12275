package io.influxcheck.app.bench;

/**
 * How the benchmark ran.
 *
 * @param iterations measured runs per request benchmark
 * @param warmup unmeasured runs before them
 * @param concurrency the configured {@code all} concurrency compared with 1
 * @param allIterations measured runs of each {@code all} workload
 * @param timeoutIterations measured runs of each case bounded by a timeout (0 skips them)
 * @param callers simultaneous re-tests per single-flight wave
 * @param memoryDiagnoses diagnoses between the idle and the final heap reading
 * @param probeTimeoutMs one probe's timeout, from the configuration
 * @param probeDeadlineMs one diagnosis' deadline, from the configuration
 */
public record BenchSettings(int iterations, int warmup, int concurrency, int allIterations, int timeoutIterations, int callers,
    int memoryDiagnoses, long probeTimeoutMs, long probeDeadlineMs) { }
