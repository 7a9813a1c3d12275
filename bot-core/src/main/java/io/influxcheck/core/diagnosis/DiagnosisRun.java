package io.influxcheck.core.diagnosis;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.probe.ProbeRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one diagnosis shared by its checks: the settings, the credentials Grafana sends, the
 * prober, the live checklist and the findings so far. Findings may be added from several threads.
 */
final class DiagnosisRun {
  final DataSourceSettings settings;
  /** The data source URL safe to show (no user info, no u/p parameters). */
  final String url;
  final GrafanaCredentials credentials;
  final Prober prober;
  final ChecklistTracker checklist;
  final Remedies remedies;
  private final List<Finding> findings = new ArrayList<>();
  private Detection server;

  DiagnosisRun(DataSourceSettings settings, String url, GrafanaCredentials credentials, Prober prober, ChecklistTracker checklist) {
    this.settings = settings;
    this.url = url;
    this.credentials = credentials;
    this.prober = prober;
    this.checklist = checklist;
    this.remedies = new Remedies(settings, url);
  }

  synchronized void add(Finding finding) {
    findings.add(finding);
  }

  void add(FindingCode code, String title, String cause, List<Evidence> evidence, Fix fix) {
    add(Finding.of(code, title, cause, evidence, fix));
  }

  synchronized List<Finding> findings() {
    return List.copyOf(findings);
  }

  synchronized boolean has(FindingCode code) {
    return findings.stream().anyMatch(f -> f.code() == code);
  }

  synchronized void server(Detection detection) {
    this.server = detection;
  }

  synchronized Detection server() {
    return server;
  }

  /** A request carrying exactly the credentials Grafana sends. */
  ProbeRequest withGrafanaCredentials(ProbeRequest request) {
    return request.withHeaders(credentials.headers(), credentials.description());
  }

  /** Evidence that a setting has a given value, pointing at the settings' origin. */
  Evidence setting(String observation) {
    return Evidence.note("config", settings.origin().toString(), observation);
  }
}
