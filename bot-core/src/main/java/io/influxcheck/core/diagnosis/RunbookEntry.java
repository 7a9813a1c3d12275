package io.influxcheck.core.diagnosis;

import java.util.Objects;

/**
 * The runbook text of one finding code: what it means, how to confirm it by hand (curl), how to fix it.
 * The runbook ({@code influx-check runbook}, docs/RUNBOOK.md, chat {@code runbook CODE}) is generated
 * from these entries, the same catalogue the diagnosis uses.
 */
public record RunbookEntry(FindingCode code, String meaning, String confirmByHand, String fix) {
  public RunbookEntry {
    Objects.requireNonNull(code, "code is null");
    Objects.requireNonNull(meaning, "meaning is null");
    Objects.requireNonNull(confirmByHand, "confirmByHand is null");
    Objects.requireNonNull(fix, "fix is null");
  }
}
