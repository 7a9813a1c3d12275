package io.influxcheck.core.command;

import java.util.List;
import java.util.Objects;

/** What a person asked for with {@code /influx-check ...}; the grammar is shared by every chat adapter. */
public sealed interface Command {
  /** {@code /influx-check NAME_OR_UID}. */
  record Diagnose(String target) implements Command {
    public Diagnose { Objects.requireNonNull(target, "target is null"); }
  }

  /** {@code /influx-check all}. */
  record DiagnoseAll() implements Command { }

  /** {@code /influx-check retest NAME_OR_UID}. */
  record Retest(String target) implements Command {
    public Retest { Objects.requireNonNull(target, "target is null"); }
  }

  /** {@code /influx-check list}. */
  record ListDataSources() implements Command { }

  /** {@code /influx-check runbook [CODE]}; {@code code} is empty for the whole runbook. */
  record Runbook(String code) implements Command {
    public Runbook { code = code == null ? "" : code; }
  }

  /** {@code /influx-check help}. */
  record Help() implements Command { }

  /** {@code /influx-check} with no argument: the channel's default data source, else the list. */
  record DefaultAction() implements Command { }

  /** Text that does not fit the grammar; the reply goes only to the person who typed it. */
  record Invalid(String message, List<String> suggestions) implements Command {
    public Invalid {
      Objects.requireNonNull(message, "message is null");
      suggestions = List.copyOf(suggestions);
    }
  }
}
