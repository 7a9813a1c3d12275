package io.influxcheck.core.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.report.ServerInfo;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import java.time.Clock;
import java.util.Optional;

/**
 * Runs Grafana's own data-source health check ({@code GET /api/datasources/uid/:uid/health}, the
 * "Save &amp; test" button) and reads its answer: 200 OK, 400 ERROR with the plugin's message, 403 when
 * the bot may not query the data source, 500 when Grafana cannot load it.
 */
public final class GrafanaHealthCheck {
  private final Clock clock;

  public GrafanaHealthCheck(Clock clock) {
    this.clock = clock;
  }

  /**
   * What one health call found.
   *
   * @param snapshot status, Grafana's message and its classified cause
   * @param exchange the request, for evidence
   * @param accessProblem set when Grafana refused the bot itself (token or permission)
   */
  public record Outcome(HealthSnapshot snapshot, GrafanaExchange exchange, Optional<Finding> accessProblem) { }

  public Outcome run(GrafanaClient client, String uid, QueryLanguage language, ServerInfo server) {
    GrafanaExchange exchange = client.dataSourceHealth(uid);
    GrafanaConnection grafana = client.connection();
    if (exchange instanceof GrafanaExchange.Failed failed) {
      String message = "Grafana " + grafana.name() + " (" + grafana.url() + ") could not be asked: "
          + failed.failure().describe() + " (" + failed.detail() + ")";
      return new Outcome(snapshot(HealthStatus.UNKNOWN, message, FindingCode.GRAFANA_UNREACHABLE), exchange, Optional.empty());
    }
    GrafanaExchange.Answered answer = (GrafanaExchange.Answered) exchange;
    Optional<Finding> access = GrafanaAccess.problem(grafana, answer, GrafanaPermissions.QUERY);
    if (access.isPresent()) {
      Finding finding = access.get();
      return new Outcome(snapshot(HealthStatus.UNKNOWN, finding.title() + ". " + finding.fix().description(), finding.code()),
          exchange, access);
    }
    JsonNode body = GrafanaJson.parse(answer.body());
    String status = GrafanaJson.text(body, "status");
    String message = GrafanaJson.text(body, "message");
    if (answer.status() == 200 && "OK".equals(status)) {
      return new Outcome(snapshot(HealthStatus.OK, message, null), exchange, Optional.empty());
    }
    if ("ERROR".equals(status)) {
      FindingCode cause = HealthMessageClassifier.classify(message, language, server).orElse(null);
      return new Outcome(snapshot(HealthStatus.ERROR, message, cause), exchange, Optional.empty());
    }
    if (answer.status() == 404 || answer.status() == 500 && message.contains("Unable to load datasource")) {
      String text = "Grafana " + grafana.name() + " has no data source with uid `" + uid + "` (" + answer.status() + " "
          + (message.isEmpty() ? "no message" : message) + ")";
      return new Outcome(snapshot(HealthStatus.UNKNOWN, text, FindingCode.DATASOURCE_NOT_FOUND), exchange, Optional.empty());
    }
    String text = "Grafana answered " + answer.status() + (message.isEmpty() ? " without a health status" : ": " + message);
    return new Outcome(snapshot(HealthStatus.UNKNOWN, text, null), exchange, Optional.empty());
  }

  private HealthSnapshot snapshot(HealthStatus status, String message, FindingCode cause) {
    return new HealthSnapshot(status, message, cause, clock.instant());
  }
}
