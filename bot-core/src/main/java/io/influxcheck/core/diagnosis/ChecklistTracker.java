package io.influxcheck.core.diagnosis;

import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.ProgressListener;
import java.util.List;

/**
 * The live checklist of one diagnosis. Every change is published to the {@link ProgressListener};
 * a listener that throws is ignored so it can never break a diagnosis.
 */
final class ChecklistTracker {
  static final String REACHABLE = "reachable";
  static final String SERVER = "server";
  static final String QUERY = "query";
  static final String CREDENTIALS = "credentials";
  static final String ORGANIZATION = "organization";
  static final String TARGET = "target";
  static final String CONFIG = "config";

  private final ProgressListener listener;
  private Checklist checklist;

  ChecklistTracker(String title, ProgressListener listener) {
    this.listener = listener;
    this.checklist = new Checklist(title, List.of(
        line(REACHABLE, "Server reachable"),
        line(SERVER, "Server identified"),
        line(QUERY, "Grafana's query"),
        line(CREDENTIALS, "Credentials"),
        line(ORGANIZATION, "Organization"),
        line(TARGET, "Bucket/Database readable"),
        line(CONFIG, "Configuration")));
    publish(checklist);
  }

  private static final int DETAIL_CHARS = 160;

  private static String shorten(String detail) {
    String oneLine = detail.replaceAll("\\s+", " ").strip();
    return oneLine.length() > DETAIL_CHARS ? oneLine.substring(0, DETAIL_CHARS) + " …" : oneLine;
  }

  private static CheckLine line(String id, String label) {
    return new CheckLine(id, label, CheckStatus.PENDING, "");
  }

  void running(String id) {
    set(id, CheckStatus.RUNNING, "");
  }

  void passed(String id, String detail) {
    set(id, CheckStatus.PASSED, detail);
  }

  void warned(String id, String detail) {
    set(id, CheckStatus.WARNED, detail);
  }

  void failed(String id, String detail) {
    set(id, CheckStatus.FAILED, detail);
  }

  void skipped(String id, String detail) {
    set(id, CheckStatus.SKIPPED, detail);
  }

  /** Sets a line only if it has not finished yet. */
  void settle(String id, CheckStatus status, String detail) {
    Checklist updated;
    synchronized (this) {
      CheckLine current = find(id);
      if (current.status().isDone()) {
        return;
      }
      checklist = checklist.with(current.with(status, shorten(detail)));
      updated = checklist;
    }
    publish(updated);
  }

  /** Marks every unfinished line SKIPPED with {@code reason} and returns the final checklist. */
  Checklist finish(String reason) {
    for (CheckLine line : snapshot().lines()) {
      settle(line.id(), CheckStatus.SKIPPED, reason);
    }
    return snapshot();
  }

  synchronized Checklist snapshot() {
    return checklist;
  }

  private void set(String id, CheckStatus status, String detail) {
    Checklist updated;
    synchronized (this) {
      checklist = checklist.with(find(id).with(status, shorten(detail)));
      updated = checklist;
    }
    publish(updated);
  }

  private CheckLine find(String id) {
    return checklist.lines().stream().filter(l -> l.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown check id " + id));
  }

  private void publish(Checklist snapshot) {
    try {
      listener.onProgress(snapshot);
    } catch (RuntimeException ignored) {
      // A chat adapter's failure to draw progress must not change the diagnosis.
    }
  }
}
