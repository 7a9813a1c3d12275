package io.influxcheck.app.bench;

/**
 * Runs a task {@code warmup} times unmeasured, then {@code iterations} times, timing each run alone with
 * {@link System#nanoTime()}. Runs are sequential: one finishes before the next starts.
 */
final class Stopwatch {
  private Stopwatch() { }

  /** A task that may fail: the failure ends the benchmark with the task's message. */
  @FunctionalInterface
  interface Task {
    void run() throws Exception;
  }

  static Stats measure(int warmup, int iterations, Task task) {
    for (int i = 0; i < warmup; i++) {
      run(task);
    }
    long[] samples = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      run(task);
      samples[i] = System.nanoTime() - start;
    }
    return Stats.ofNanos(samples);
  }

  private static void run(Task task) {
    try {
      task.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the benchmark was interrupted", e);
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
