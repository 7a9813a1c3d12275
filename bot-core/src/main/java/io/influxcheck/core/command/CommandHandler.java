package io.influxcheck.core.command;

import io.influxcheck.core.report.ProgressListener;
import java.util.List;

/**
 * Executes a parsed command and answers with a neutral {@link Reply}. This is the one port the chat
 * adapters call. It never throws for bad input or a failing server; it may block for up to the
 * configured overall deadline, so adapters call it off the request thread.
 */
public interface CommandHandler {
  Reply handle(Command command, Requester requester, ProgressListener progress);

  /** The data sources currently known, for lists and autocomplete. */
  List<DataSourceEntry> knownDataSources();
}
