package io.influxcheck.app.runbook;

import io.influxcheck.core.diagnosis.RunbookEntry;
import java.util.List;

/** The runbook's content, from the finding catalogue the diagnosis uses. */
public interface RunbookEntries {
  /** The ordered diagnostic workflow, one step per item. */
  List<String> workflow();

  /** One entry per finding code. */
  List<RunbookEntry> all();
}
