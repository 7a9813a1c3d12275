package io.influxcheck.app.bench;

import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.lab.scenario.Lab;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Part 5: heap in use after GC hints with the lab alone, with the bot's handler built, and after many
 * diagnoses through the handler (cycling over every data source of the lab, healthy and broken), to show
 * that answering does not make the bot grow. Before each reading the simulators forget the requests they
 * recorded. Approximate by nature: {@code System.gc()} is a hint.
 */
final class MemoryBench {
  private static final int GC_HINTS = 3;

  private final Lab lab;
  private final Diagnoser direct;
  private final ProbeSettings probes;

  MemoryBench(Lab lab, Diagnoser direct, ProbeSettings probes) {
    this.lab = lab;
    this.direct = direct;
    this.probes = probes;
  }

  MemoryRun measure(int concurrency, int diagnoses) {
    double labOnly = botHeapAfterGcMb();
    try (LabBot bot = new LabBot(lab, direct, probes, Workloads.answering(lab), concurrency)) {
      List<String> targets = bot.targets();
      double idle = botHeapAfterGcMb();
      int half = diagnoses / 2;
      diagnose(bot, targets, 0, half);
      double halfway = botHeapAfterGcMb();
      diagnose(bot, targets, half, diagnoses);
      double after = botHeapAfterGcMb();
      return new MemoryRun(labOnly, idle, halfway, after, diagnoses, residentMb(), jarBytes());
    }
  }

  private static void diagnose(LabBot bot, List<String> targets, int from, int to) {
    for (int i = from; i < to; i++) {
      String target = targets.get(i % targets.size());
      Reply reply = bot.handler().handle(new Command.Diagnose(target), AllBench.REQUESTER, ProgressListener.NONE);
      if (!(reply instanceof Reply.ReportReply)) {
        throw new IllegalStateException("diagnosing " + target + " gave no report: " + reply);
      }
    }
  }

  /** The heap reading without the requests the lab's simulators recorded (they keep every one, for tests). */
  private double botHeapAfterGcMb() {
    lab.clearCallLogs();
    return heapAfterGcMb();
  }

  /** Heap in use after a few {@code System.gc()} hints, in MB with one decimal. */
  static double heapAfterGcMb() {
    for (int i = 0; i < GC_HINTS; i++) {
      System.gc();
    }
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return Math.round(used / (1024.0 * 1024.0) * 10) / 10.0;
  }

  /** Linux's {@code VmRSS} of this process in MB; -1 where /proc is not there. */
  static double residentMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return Math.round(kb / 1024.0 * 10) / 10.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** The size of the jar holding this class; -1 when running from classes (a test, an IDE). */
  static long jarBytes() {
    try {
      Path location = Path.of(MemoryBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? Files.size(location) : -1;
    } catch (Exception e) {
      return -1;
    }
  }
}
