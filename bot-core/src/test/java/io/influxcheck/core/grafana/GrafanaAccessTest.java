package io.influxcheck.core.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.Secret;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GrafanaAccessTest {
  private static final String CANARY = "canary-glsa-access-0003";
  private final GrafanaStub grafana = GrafanaStub.start();
  private final GrafanaClient client = GrafanaClient.create(new GrafanaConnection("prod", grafana.url(), Secret.of(CANARY, "${GRAFANA_TOKEN}"),
      null, null, OptionalLong.of(2)));

  @AfterEach
  void stop() {
    grafana.close();
  }

  private Finding problemFor(int status, String body) {
    grafana.on("GET", "/api/datasources", status, body);
    GrafanaExchange.Answered answer = (GrafanaExchange.Answered) client.dataSources();
    return GrafanaAccess.problem(client.connection(), answer, GrafanaPermissions.READ).orElseThrow();
  }

  @Test
  void invalidExpiredAndRevokedTokensAreToldApartByMessageId() {
    List<Finding> findings = List.of(problemFor(401, GrafanaBodies.INVALID_KEY), problemFor(401, GrafanaBodies.EXPIRED_KEY),
        problemFor(401, GrafanaBodies.REVOKED_KEY), problemFor(401, GrafanaBodies.NO_CREDENTIALS));
    assertThat(findings).extracting(Finding::code).containsOnly(FindingCode.GRAFANA_TOKEN_INVALID);
    assertThat(findings.get(0).title()).contains("rejected").contains("Invalid API key");
    assertThat(findings.get(1).title()).contains("expired");
    assertThat(findings.get(2).title()).contains("revoked");
    assertThat(findings.get(3).title()).contains("did not accept");
    assertThat(findings.get(0).fix().description()).contains("${GRAFANA_TOKEN}");
    assertThat(findings.toString()).doesNotContain(CANARY);
    assertThat(findings.get(0).evidence().get(0).auth()).startsWith("Bearer sha256:");
  }

  @Test
  void a403NamesThePermissionAndTheRoleThatGrantsIt() {
    Finding finding = problemFor(403, GrafanaBodies.NEEDS_READ);
    assertThat(finding.code()).isEqualTo(FindingCode.GRAFANA_PERMISSION_MISSING);
    assertThat(finding.title()).contains("`datasources:read`");
    assertThat(finding.fix().description()).contains("fixed:datasources:reader").contains("Admin");
    Finding legacy = problemFor(403, "{\"message\":\"Permission denied\"}");
    assertThat(legacy.title()).contains("`datasources:read`");
  }

  @Test
  void theClientSendsTheTokenAsBearerAndTheOrganization() {
    grafana.on("GET", "/api/health", 200, GrafanaBodies.API_HEALTH);
    assertThat(client.health()).isInstanceOf(GrafanaExchange.Answered.class);
    assertThat(grafana.calls()).singleElement().satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer " + CANARY));
  }

  @Test
  void aRefusedConnectionIsDataNotAnException() {
    GrafanaClient nowhere = GrafanaClient.create(GrafanaConnection.of("down", "http://127.0.0.1:1", Secret.of(CANARY)));
    GrafanaExchange exchange = nowhere.health();
    assertThat(exchange).isInstanceOf(GrafanaExchange.Failed.class);
    assertThat(((GrafanaExchange.Failed) exchange).failure()).isEqualTo(GrafanaExchange.Failure.UNREACHABLE);
    assertThat(exchange.evidence("Bearer x").toString()).doesNotContain(CANARY);
    GrafanaExchange invalid = GrafanaClient.create(GrafanaConnection.of("bad", "grafana.example.com", Secret.of(CANARY))).health();
    assertThat(((GrafanaExchange.Failed) invalid).failure()).isEqualTo(GrafanaExchange.Failure.INVALID_URL);
  }
}
