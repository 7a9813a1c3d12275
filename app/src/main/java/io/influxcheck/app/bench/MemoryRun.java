package io.influxcheck.app.bench;

/**
 * Heap in use after {@code System.gc()} hints, in MB (approximate: the JVM may ignore the hint or leave garbage).
 * Every figure includes the embedded lab's simulators, which live in the same JVM, but not the requests they
 * recorded: their call logs are cleared before each reading.
 *
 * @param labOnlyMb the lab running, the bot not built yet
 * @param idleMb the bot's handler built, nothing diagnosed yet
 * @param halfwayMb after half of the diagnoses
 * @param afterMb after every diagnosis
 * @param diagnoses how many diagnoses ran through the handler
 * @param residentMb the process' resident set at the end (Linux {@code VmRSS}; -1 elsewhere): heap, metaspace, threads, code
 * @param jarBytes the size of the jar this runs from; -1 when not run from a jar
 */
public record MemoryRun(double labOnlyMb, double idleMb, double halfwayMb, double afterMb, int diagnoses, double residentMb,
    long jarBytes) {

  /** What the diagnoses left behind: after minus idle. */
  public double growthMb() {
    return Math.round((afterMb - idleMb) * 10) / 10.0;
  }
}
