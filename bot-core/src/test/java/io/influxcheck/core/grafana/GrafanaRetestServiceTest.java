package io.influxcheck.core.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GrafanaRetestServiceTest {
  private static final String HEALTH = "/api/datasources/uid/influx-prod/health";
  private static final String CANARY = "canary-glsa-token-0001";

  private final GrafanaStub grafana = GrafanaStub.start();
  private final GrafanaClient client = GrafanaClient.create(GrafanaConnection.of("prod", grafana.url(), Secret.of(CANARY, "${GRAFANA_TOKEN}")));
  private final DataSourceRef ref = new DataSourceRef("InfluxDB", "influx-prod", "http://influxdb:8086", QueryLanguage.FLUX, "prod", "");
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    pool.shutdownNow();
    grafana.close();
  }

  @Test
  void concurrentRetestsOfOneDataSourceShareOneHealthCall() throws Exception {
    grafana.on("GET", HEALTH, 200, GrafanaBodies.health("OK", "datasource is working. 3 buckets found"));
    GrafanaStub.Gate gate = grafana.hold("GET", HEALTH);
    CountDownLatch joined = new CountDownLatch(1);
    GrafanaRetestService service = GrafanaRetestService.observed(name -> Optional.of(client), Clock.systemUTC(), key -> joined.countDown());

    CompletableFuture<RetestResult> first = CompletableFuture.supplyAsync(() -> service.retest(ref, "alice"), pool);
    assertThat(gate.arrived.await(5, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<RetestResult> second = CompletableFuture.supplyAsync(() -> service.retest(ref, "bob"), pool);
    assertThat(joined.await(5, TimeUnit.SECONDS)).isTrue();
    gate.open();

    RetestResult a = first.get(5, TimeUnit.SECONDS);
    RetestResult b = second.get(5, TimeUnit.SECONDS);
    assertThat(grafana.count("GET", HEALTH)).isEqualTo(1);
    assertThat(a.current()).isSameAs(b.current());
    assertThat(a.requestedBy()).isEqualTo("alice");
    assertThat(b.requestedBy()).isEqualTo("bob");
    assertThat(a.isOk()).isTrue();
  }

  @Test
  void aLaterRetestComparesWithThePreviousAnswer() {
    GrafanaRetestService service = new GrafanaRetestService(name -> Optional.of(client), Clock.systemUTC());
    grafana.on("GET", HEALTH, 400, GrafanaBodies.health("ERROR", "unauthorized: unauthorized access error reading buckets"));
    RetestResult before = service.retest(ref, "alice");
    grafana.on("GET", HEALTH, 200, GrafanaBodies.health("OK", "datasource is working. 3 buckets found"));
    RetestResult after = service.retest(ref, "alice");

    assertThat(before.previous()).isNull();
    assertThat(before.current().status()).isEqualTo(HealthStatus.ERROR);
    assertThat(before.current().cause()).isEqualTo(FindingCode.TOKEN_INVALID);
    assertThat(after.previous()).isEqualTo(before.current());
    assertThat(after.current().status()).isEqualTo(HealthStatus.OK);
    assertThat(grafana.count("GET", HEALTH)).isEqualTo(2);
    assertThat(grafana.calls().get(0).authorization()).isEqualTo("Bearer " + CANARY);
  }

  @Test
  void theBotsOwnAccessProblemsAreUnknownWithTheFixNamed() {
    GrafanaRetestService service = new GrafanaRetestService(name -> Optional.of(client), Clock.systemUTC());
    grafana.on("GET", HEALTH, 403, GrafanaBodies.NEEDS_QUERY);
    RetestResult denied = service.retest(ref, "alice");
    assertThat(denied.current().status()).isEqualTo(HealthStatus.UNKNOWN);
    assertThat(denied.current().cause()).isEqualTo(FindingCode.GRAFANA_PERMISSION_MISSING);
    assertThat(denied.current().message()).contains("datasources:query").contains("fixed:datasources:reader").doesNotContain(CANARY);

    grafana.on("GET", HEALTH, 500, GrafanaBodies.HEALTH_NOT_FOUND);
    assertThat(service.retest(ref, "alice").current().cause()).isEqualTo(FindingCode.DATASOURCE_NOT_FOUND);
  }

  @Test
  void anUnreachableGrafanaIsUnknownNotAnException() {
    GrafanaClient nowhere = GrafanaClient.create(GrafanaConnection.of("prod", "http://127.0.0.1:1", Secret.of(CANARY)));
    RetestResult result = new GrafanaRetestService(name -> Optional.of(nowhere), Clock.systemUTC()).retest(ref, "alice");
    assertThat(result.current().status()).isEqualTo(HealthStatus.UNKNOWN);
    assertThat(result.current().cause()).isEqualTo(FindingCode.GRAFANA_UNREACHABLE);
    assertThat(result.isOk()).isFalse();
  }

  @Test
  void aDataSourceOutsideAnyGrafanaCannotBeRetested() {
    DataSourceRef fromFile = new DataSourceRef("influx", "", "http://influxdb:8086", QueryLanguage.FLUX, "", "");
    RetestResult result = new GrafanaRetestService(name -> Optional.of(client), Clock.systemUTC()).retest(fromFile, "alice");
    assertThat(result.current().status()).isEqualTo(HealthStatus.UNKNOWN);
    assertThat(result.current().message()).contains("grafana:");
  }
}
