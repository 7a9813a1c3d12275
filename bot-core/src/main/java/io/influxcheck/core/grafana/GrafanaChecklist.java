package io.influxcheck.core.grafana;

import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live checklist of a Grafana-side diagnosis: its own lines plus, under "Direct check", the lines
 * of the direct diagnosis as they tick. Every change is published to the listener as a full snapshot.
 * Thread-safe: probes run concurrently.
 */
final class GrafanaChecklist {
  static final String REACHABLE = "grafana.reachable";
  static final String SETTINGS = "grafana.settings";
  static final String CONFIG = "grafana.config";
  static final String HEALTH = "grafana.health";
  static final String QUERY = "grafana.query";
  static final String DIRECT = "grafana.direct";
  static final String PROVISIONING = "grafana.provisioning";
  static final String DIRECT_PREFIX = "direct.";

  private static final Logger LOG = LoggerFactory.getLogger(GrafanaChecklist.class);

  private final ProgressListener listener;
  private Checklist own;
  private Checklist direct = new Checklist("", List.of());

  GrafanaChecklist(String title, ProgressListener listener) {
    this.listener = listener;
    this.own = new Checklist(title, List.of(
        new CheckLine(REACHABLE, "Grafana reachable", CheckStatus.PENDING, ""),
        new CheckLine(SETTINGS, "Bot can read the data source in Grafana", CheckStatus.PENDING, ""),
        new CheckLine(HEALTH, "Grafana's health check (Save & test)", CheckStatus.PENDING, ""),
        new CheckLine(QUERY, "Dashboard query through Grafana", CheckStatus.PENDING, ""),
        new CheckLine(CONFIG, "Live settings consistent", CheckStatus.PENDING, ""),
        new CheckLine(DIRECT, "Direct check with the bot's credentials", CheckStatus.PENDING, ""),
        new CheckLine(PROVISIONING, "Matches the provisioning file", CheckStatus.PENDING, "")));
  }

  void set(String id, CheckStatus status, String detail) {
    Checklist snapshot;
    synchronized (this) {
      CheckLine line = own.lines().stream().filter(l -> l.id().equals(id)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no check line " + id));
      own = own.with(line.with(status, detail));
      snapshot = merged();
    }
    publish(snapshot);
  }

  /** Marks every line still pending or running, the direct check's included, as skipped, with the reason. */
  void skipRemaining(String reason) {
    Checklist snapshot;
    synchronized (this) {
      for (CheckLine line : own.lines()) {
        if (!line.status().isDone()) {
          own = own.with(line.with(CheckStatus.SKIPPED, reason));
        }
      }
      for (CheckLine line : direct.lines()) {
        if (!line.status().isDone()) {
          direct = direct.with(line.with(CheckStatus.SKIPPED, reason));
        }
      }
      snapshot = merged();
    }
    publish(snapshot);
  }

  void direct(Checklist directChecklist) {
    Checklist snapshot;
    synchronized (this) {
      direct = directChecklist;
      snapshot = merged();
    }
    publish(snapshot);
  }

  synchronized Checklist snapshot() {
    return merged();
  }

  private Checklist merged() {
    List<CheckLine> lines = new ArrayList<>();
    for (CheckLine line : own.lines()) {
      lines.add(line);
      if (line.id().equals(DIRECT)) {
        for (CheckLine inner : direct.lines()) {
          lines.add(new CheckLine(DIRECT_PREFIX + inner.id(), inner.label(), inner.status(), inner.detail()));
        }
      }
    }
    return new Checklist(own.title(), lines);
  }

  private void publish(Checklist snapshot) {
    try {
      listener.onProgress(snapshot);
    } catch (RuntimeException e) {
      LOG.warn("A progress listener failed; the diagnosis goes on: {}", e.toString());
    }
  }
}
