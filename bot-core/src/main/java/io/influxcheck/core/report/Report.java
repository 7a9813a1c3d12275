package io.influxcheck.core.report;

import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The neutral result of diagnosing one data source. It says what an SRE needs to know and nothing
 * about how a platform draws it: renderers (terminal, JSON, Markdown, Block Kit, Discord embeds)
 * format and truncate it. No field holds a secret.
 */
public record Report(
    DataSourceRef datasource,
    Verdict verdict,
    ServerInfo server,
    List<Finding> findings,
    Checklist checklist,
    long durationMs,
    Instant finishedAt) {

  public Report {
    Objects.requireNonNull(datasource, "datasource is null");
    Objects.requireNonNull(verdict, "verdict is null");
    server = server == null ? ServerInfo.unknown() : server;
    findings = List.copyOf(findings);
    checklist = checklist == null ? new Checklist("", List.of()) : checklist;
    Objects.requireNonNull(finishedAt, "finishedAt is null");
  }

  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }
}
