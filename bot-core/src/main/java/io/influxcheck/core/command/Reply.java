package io.influxcheck.core.command;

import io.influxcheck.core.diagnosis.RunbookEntry;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.RetestResult;
import java.util.List;
import java.util.Objects;

/** The neutral answer to a {@link Command}; each chat adapter renders it in its own way. */
public sealed interface Reply {
  /** One diagnosis. */
  record ReportReply(Report report) implements Reply {
    public ReportReply { Objects.requireNonNull(report, "report is null"); }
  }

  /** {@code all}: one report per data source, for a summary table. */
  record SummaryReply(List<Report> reports) implements Reply {
    public SummaryReply { reports = List.copyOf(reports); }
  }

  /** A re-test through Grafana's health API. */
  record RetestReply(RetestResult result) implements Reply {
    public RetestReply { Objects.requireNonNull(result, "result is null"); }
  }

  /** The known data sources (each gets a Diagnose button in chat). */
  record DataSourceList(List<DataSourceEntry> entries) implements Reply {
    public DataSourceList { entries = List.copyOf(entries); }
  }

  /** The runbook, or the entry of one code. */
  record RunbookReply(List<RunbookEntry> entries) implements Reply {
    public RunbookReply { entries = List.copyOf(entries); }
  }

  /** Usage text. */
  record HelpReply(String usage) implements Reply {
    public HelpReply { Objects.requireNonNull(usage, "usage is null"); }
  }

  /**
   * The request could not be served as asked (bad words, unknown data source, ambiguous name):
   * shown only to the person who asked, with suggestions.
   */
  record UsageError(String message, List<String> suggestions) implements Reply {
    public UsageError {
      Objects.requireNonNull(message, "message is null");
      suggestions = List.copyOf(suggestions);
    }
  }
}
