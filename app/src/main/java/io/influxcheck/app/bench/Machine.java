package io.influxcheck.app.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where the numbers were taken: they mean little without it. {@code loadAverage1m} is the system's one-minute
 * load average when the run started (-1 where the OS does not report it); above {@code cores} the machine
 * was busy with other work and every latency is inflated. {@code jvmArguments} lists only the {@code -X}
 * options (heap, GC): a {@code -D} property could hold a password.
 */
public record Machine(String date, int cores, String jvm, String os, long heapMaxMb, double loadAverage1m, String jvmArguments) {

  static Machine current() {
    Runtime runtime = Runtime.getRuntime();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return new Machine(
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        runtime.availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        runtime.maxMemory() / (1024 * 1024),
        Math.round(load * 100) / 100.0,
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList()));
  }
}
