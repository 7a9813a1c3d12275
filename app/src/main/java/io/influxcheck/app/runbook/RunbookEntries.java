package io.influxcheck.app.runbook;

import io.influxcheck.core.diagnosis.RunbookEntry;
import java.util.List;

/** The runbook entries of every finding code, from the finding catalogue the diagnosis uses. */
@FunctionalInterface
public interface RunbookEntries {
  List<RunbookEntry> all();
}
