package io.influxcheck.core.grafana;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.report.ServerInfo;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what Grafana answered for one data source (its health check and a dashboard query) into
 * findings: GRAFANA_HEALTH_OK/FAILED, the root cause the message names, and GRAFANA_HEALTH_MISLEADING
 * when the health check and the dashboard path disagree.
 */
final class GrafanaViewFindings {
  private final DataSourceSettings live;
  private final String link;
  private final String auth;
  private final ServerInfo server;

  GrafanaViewFindings(DataSourceSettings live, String link, String auth, ServerInfo server) {
    this.live = live;
    this.link = link;
    this.auth = auth;
    this.server = server;
  }

  List<Finding> health(GrafanaHealthCheck.Outcome outcome) {
    HealthSnapshot health = outcome.snapshot();
    Evidence evidence = outcome.exchange().evidence(auth);
    List<Finding> findings = new ArrayList<>();
    if (outcome.accessProblem().isPresent()) {
      findings.add(outcome.accessProblem().get());
      return findings;
    }
    switch (health.status()) {
      case OK -> findings.add(Finding.of(FindingCode.GRAFANA_HEALTH_OK, "Grafana's health check passes: " + health.message().strip(),
          "Grafana reached InfluxDB with its stored credentials.", List.of(evidence), Fix.none()));
      case ERROR -> {
        FindingCode cause = health.cause();
        String influx = HealthMessageClassifier.influxText(health.message());
        findings.add(Finding.of(FindingCode.GRAFANA_HEALTH_FAILED, "Grafana's health check fails: " + influx,
            "Grafana says \"" + health.message().strip() + "\""
                + (cause == null ? " (a message the bot does not recognise; see the evidence)." : ", which means: " + cause.summary() + " (" + cause.name() + ")."),
            List.of(evidence), cause == null ? Fix.of("Open " + where() + " and press Save & test; fix what the message names.")
                : Fix.of("Fix " + cause.name() + " (below), then re-test: `influx-check retest --datasource " + live.uid()
                    + "@" + grafanaName() + "` or Save & test in " + where() + ".")));
        if (cause != null) {
          findings.add(causeFinding(cause, "Grafana's health check", influx, evidence));
        }
      }
      case UNKNOWN -> {
        FindingCode code = health.cause() == null ? FindingCode.GRAFANA_HEALTH_FAILED : health.cause();
        findings.add(Finding.of(code, health.message(), "Grafana gave no health status for the data source.", List.of(evidence),
            code == FindingCode.DATASOURCE_NOT_FOUND ? Fix.of("Check the uid: `influx-check list` shows the data sources the bot can see.")
                : Fix.of("Check Grafana's log for the request to " + outcome.exchange().path() + ".")));
      }
    }
    return findings;
  }

  /**
   * @param confirmation for InfluxQL, {@code SHOW TAG KEYS} run after {@code SHOW MEASUREMENTS} came back empty
   */
  List<Finding> dashboardPath(DashboardQuery.Outcome query, Optional<DashboardQuery.Outcome> confirmation, HealthSnapshot health,
      Optional<Finding> queryAccess) {
    List<Finding> findings = new ArrayList<>();
    queryAccess.ifPresent(findings::add);
    Evidence evidence = query.exchange().evidence(auth);
    String text = DashboardQuery.queryText(live);
    boolean healthOk = health.status() == HealthStatus.OK;
    if (query.kind() == DashboardQuery.Kind.ERROR) {
      Optional<FindingCode> cause = HealthMessageClassifier.classify(query.error(), live.queryLanguage(), server);
      if (healthOk) {
        findings.add(Finding.of(FindingCode.GRAFANA_HEALTH_MISLEADING,
            "Grafana's health check passes, but a dashboard query fails: " + HealthMessageClassifier.influxText(query.error()),
            "Save & test only runs `" + healthProbe() + "`; panels run queries like `" + text + "`, which fail"
                + cause.map(c -> " (" + c.name() + ")").orElse("") + ".",
            List.of(evidence), cause.map(c -> GrafanaCauseFixes.forCause(c, live, link)).orElse(Fix.of("Fix what the dashboard error names."))));
      }
      if (healthOk || health.cause() == null) {
        cause.ifPresent(c -> findings.add(causeFinding(c, "a dashboard query through Grafana", HealthMessageClassifier.influxText(query.error()), evidence)));
      }
    } else if (confirmation.isPresent() && confirmation.get().kind() == DashboardQuery.Kind.ERROR) {
      DashboardQuery.Outcome confirm = confirmation.get();
      Evidence confirmEvidence = confirm.exchange().evidence(auth);
      Optional<FindingCode> cause = HealthMessageClassifier.classify(confirm.error(), live.queryLanguage(), server);
      findings.add(Finding.of(FindingCode.GRAFANA_HEALTH_MISLEADING,
          "Grafana's health check passes (\"" + health.message().strip() + "\"), but `" + live.database() + "` cannot be read: "
              + HealthMessageClassifier.influxText(confirm.error()),
          "InfluxDB answers `SHOW MEASUREMENTS` on a missing"
              + (InfluxGeneration.of(server) == InfluxGeneration.V1 ? "" : " or unmapped (no DBRP)")
              + " database with an empty result, which Save & test reports as working; `" + DashboardQuery.INFLUXQL_CONFIRM
              + "` and panels get the error.",
          List.of(evidence, confirmEvidence), cause.map(c -> GrafanaCauseFixes.forCause(c, live, link))
              .orElse(Fix.of("Check the database name, and on InfluxDB 2.x its DBRP mapping (`influx v1 dbrp list`)."))));
      cause.ifPresent(c -> findings.add(causeFinding(c, "`" + DashboardQuery.INFLUXQL_CONFIRM + "` through Grafana",
          HealthMessageClassifier.influxText(confirm.error()), confirmEvidence)));
    } else if (query.kind() != DashboardQuery.Kind.ERROR && query.kind() != DashboardQuery.Kind.NO_ANSWER
        && health.status() == HealthStatus.ERROR) {
      findings.add(new Finding(FindingCode.GRAFANA_HEALTH_MISLEADING, Severity.WARN,
          "Grafana's health check fails, but a dashboard query works (" + query.rows() + " row" + (query.rows() == 1 ? "" : "s") + ")",
          "Save & test runs `" + healthProbe() + "`, which fails; `" + text + "` succeeds, so panels may well work.",
          List.of(evidence), Fix.of("Trust the dashboards; the health message names a problem of the health probe only: \""
              + health.message().strip() + "\""), FindingCode.GRAFANA_HEALTH_MISLEADING.anchor()));
    }
    return findings;
  }

  private Finding causeFinding(FindingCode cause, String seenBy, String influxText, Evidence evidence) {
    String told = "InfluxDB told Grafana: \"" + influxText + "\". Grafana uses its own stored settings and secrets for " + live.displayName() + ".";
    if (cause == FindingCode.BUCKET_NOT_FOUND) {
      return bucketNotFoundOrUnreadable(seenBy, told, evidence);
    }
    return Finding.of(cause, cause.summary() + " (seen through " + seenBy + ")", told, List.of(evidence),
        GrafanaCauseFixes.forCause(cause, live, link));
  }

  /**
   * Flux answers the same 404 "could not find bucket" for a bucket that does not exist and for one the token may
   * not read (facts A.1), so through Grafana alone the finding must not claim the bucket is missing.
   */
  private Finding bucketNotFoundOrUnreadable(String seenBy, String told, Evidence evidence) {
    String bucket = live.defaultBucket().isEmpty() ? "the bucket" : "Bucket \"" + live.defaultBucket() + "\"";
    Fix fix = GrafanaCauseFixes.forCause(FindingCode.BUCKET_NOT_FOUND, live, link);
    return Finding.of(FindingCode.BUCKET_NOT_FOUND,
        bucket + " not found or not readable by Grafana's token (seen through " + seenBy + ")",
        told + " Flux gives this same 404 for a bucket that does not exist and for one the token may not read,"
            + " so Grafana's answer alone cannot tell them apart.",
        List.of(evidence), new Fix(fix.description() + " To tell a missing bucket from an unreadable one, give influx-check"
            + " its own InfluxDB token for this data source (`datasources:` in influx-check.yaml) or list the buckets"
            + " Grafana's token can see.", fix.yaml(), fix.command()));
  }

  private String healthProbe() {
    return switch (live.queryLanguage()) {
      case FLUX -> "buckets()";
      case INFLUXQL -> "SHOW measurements";
      case SQL -> "select 1";
    };
  }

  private String grafanaName() {
    return live.origin().location();
  }

  private String where() {
    return link.isEmpty() ? "the data source in Grafana" : link;
  }
}
