package io.influxcheck.app.console;

import io.influxcheck.core.report.Report;
import java.util.List;

/** Turns the reports of one run into the text printed on stdout. */
public interface ReportRenderer {
  String render(List<Report> reports);
}
