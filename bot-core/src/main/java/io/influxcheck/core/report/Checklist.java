package io.influxcheck.core.report;

import java.util.ArrayList;
import java.util.List;

/** An immutable snapshot of the checks of one diagnosis, in display order. */
public record Checklist(String title, List<CheckLine> lines) {
  public Checklist {
    title = title == null ? "" : title;
    lines = List.copyOf(lines);
  }

  /** A copy with the line {@code id} updated, or appended when absent. */
  public Checklist with(CheckLine line) {
    List<CheckLine> copy = new ArrayList<>(lines);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).id().equals(line.id())) {
        copy.set(i, line);
        return new Checklist(title, copy);
      }
    }
    copy.add(line);
    return new Checklist(title, copy);
  }

  public boolean isComplete() {
    return lines.stream().allMatch(l -> l.status().isDone());
  }
}
